import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/content/articles';
import { pageBlocks } from '@/lib/content/blocks';
import { parseMarkdown } from '@/lib/content/markdown';
import { fingerprintsOf, pageReviews } from '@/lib/content/review-coverage';
import type { ReviewRecords } from '@/lib/content/review-records';
import { afterEffectsArticle, clinicalReviewer, translationReviewer } from '@/tests/fixtures/articles';

function page(language: string, slug: string, body: string): Article {
  const blocks = pageBlocks({ title: 'Title', description: 'Summary.' }, {}, parseMarkdown(body), (line) => line);
  return { ...afterEffectsArticle, language, slug, blocks };
}

const english = page('en', 'after-effects', 'Most people feel fine after dry needling.\n');
const spanish = { ...page('es', 'efectos', 'La mayoría de las personas se sienten bien.\n'), translationOf: 'after-effects' };
const reviewers = [clinicalReviewer, translationReviewer];

const signed: ReviewRecords = {
  clinical: { 'after-effects': { reviewer: 'ana-rivera', date: '2024-07-22', ...fingerprintsOf(english.blocks) } },
  catalogs: {},
  translations: {
    es: {
      efectos: {
        madeFrom: fingerprintsOf(english.blocks),
        review: { reviewer: 'lucia-mendez', date: '2024-08-01', english: fingerprintsOf(english.blocks), translation: fingerprintsOf(spanish.blocks) },
      },
    },
  },
};

describe('pageReviews: what a page may say about its reviews', () => {
  it('names the clinical reviewer while the review covers the English text, and no one once a word changes', () => {
    expect(pageReviews(english, english, signed, reviewers)).toEqual({ clinical: { reviewer: clinicalReviewer, date: '2024-07-22' } });
    const changed = page('en', 'after-effects', 'Most people feel great after dry needling.\n');
    expect(pageReviews(changed, changed, signed, reviewers)).toEqual({});
  });

  it('names no one when the reviewer on record is unknown or in the other role', () => {
    const unknown = { ...signed, clinical: { 'after-effects': { ...signed.clinical['after-effects']!, reviewer: 'nobody' } } };
    expect(pageReviews(english, english, unknown, reviewers)).toEqual({});
    const translator = { ...signed, clinical: { 'after-effects': { ...signed.clinical['after-effects']!, reviewer: 'lucia-mendez' } } };
    expect(pageReviews(english, english, translator, reviewers)).toEqual({});
  });

  it('gives a translation the clinical review of its English page only through a translation review of both texts as they are', () => {
    expect(pageReviews(spanish, english, signed, reviewers)).toEqual({
      clinical: { reviewer: clinicalReviewer, date: '2024-07-22' },
      translation: { reviewer: translationReviewer, date: '2024-08-01' },
    });
    const retranslated = { ...spanish, blocks: page('es', 'efectos', 'Casi todos se sienten bien.\n').blocks };
    expect(pageReviews(retranslated, english, signed, reviewers)).not.toHaveProperty('clinical');
    expect(pageReviews(retranslated, english, signed, reviewers)).not.toHaveProperty('translation');
    const changedEnglish = page('en', 'after-effects', 'Most people feel great after dry needling.\n');
    expect(pageReviews(spanish, changedEnglish, signed, reviewers)).toEqual({});
  });

  it('names the translator alone when the English page has no clinical review', () => {
    expect(pageReviews(spanish, english, { ...signed, clinical: {} }, reviewers)).toEqual({ translation: { reviewer: translationReviewer, date: '2024-08-01' } });
  });

  it("names the English page's review on an unreviewed translation only while it covers the English text the translation was made from", () => {
    const unreviewed: ReviewRecords = { ...signed, translations: { es: { efectos: { madeFrom: fingerprintsOf(english.blocks) } } } };
    expect(pageReviews(spanish, english, unreviewed, reviewers)).toEqual({ original: { reviewer: clinicalReviewer, date: '2024-07-22' } });
    expect(pageReviews(spanish, english, { ...unreviewed, clinical: {} }, reviewers)).toEqual({});
    const changedEnglish = page('en', 'after-effects', 'Most people feel great after dry needling.\n');
    expect(pageReviews(spanish, changedEnglish, unreviewed, reviewers)).toEqual({});
    const reviewedAgain = { ...unreviewed, clinical: { 'after-effects': { reviewer: 'ana-rivera', date: '2024-09-01', ...fingerprintsOf(changedEnglish.blocks) } } };
    expect(pageReviews(spanish, changedEnglish, reviewedAgain, reviewers)).toEqual({});
    expect(pageReviews(spanish, english, { ...signed, translations: {} }, reviewers)).toEqual({});
  });
});
