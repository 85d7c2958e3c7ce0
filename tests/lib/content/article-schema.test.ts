import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ZodType } from 'zod';
import type * as ArticleSchema from '@/lib/content/article-schema';

let articleFrontMatterSchema: typeof ArticleSchema.articleFrontMatterSchema;
let translatedArticleFrontMatterSchema: typeof ArticleSchema.translatedArticleFrontMatterSchema;

// The schemas are built while their module loads. Loaded here, before each test, rather than at
// the top of the file, mutation testing credits the tests below with them (see "Mutation testing"
// in docs/developers.md), so a weakened rule or message is caught there.
beforeEach(async () => {
  vi.resetModules();
  ({ articleFrontMatterSchema, translatedArticleFrontMatterSchema } = await import('@/lib/content/article-schema'));
});

/** Front matter an editor might write for "How you may feel after dry needling". */
const AFTER_EFFECTS = {
  title: 'How you may feel after dry needling',
  description: 'What you may feel after a dry needling treatment, and who to ask about it.',
  order: 2,
};

/** A text of exactly `length` characters made of real words, as an editor would write it. */
function wordsOfLength(start: string, length: number): string {
  return start.padEnd(length, ' and how to ease it').slice(0, length).trimEnd().padEnd(length, '.');
}

/** The messages the schema gives for this front matter, by field; [] when it is accepted. */
function problems(fields: Record<string, unknown>, schema: ZodType = articleFrontMatterSchema): string[] {
  const result = schema.safeParse(fields);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('article front matter: title length', () => {
  it('accepts a title of 70 characters and refuses one of 71, saying how long it is', () => {
    const title70 = wordsOfLength('How you may feel after dry needling', 70);
    expect(title70).toHaveLength(70);
    expect(problems({ ...AFTER_EFFECTS, title: title70 })).toEqual([]);
    expect(problems({ ...AFTER_EFFECTS, title: `${title70}!` })).toEqual([
      'title: is too long for a page title: keep it to 70 characters or fewer (it has 71).',
    ]);
  });
});

describe('article front matter: description length', () => {
  it('accepts a description of 160 characters and refuses one of 161, saying how long it is', () => {
    const description160 = wordsOfLength('What you may feel after a dry needling treatment, and who to ask about it', 160);
    expect(description160).toHaveLength(160);
    expect(problems({ ...AFTER_EFFECTS, description: description160 })).toEqual([]);
    expect(problems({ ...AFTER_EFFECTS, description: `${description160}!` })).toEqual([
      'description: must be 160 characters or fewer, because search results cut it off (it has 161). Shorten it.',
    ]);
  });
});

describe('article front matter: the review dates pages had before', () => {
  const moved =
    ' Reviews are no longer dates in the page: a reviewer signs a printed review sheet and "npm run sign-off" records it in content/reviews.yaml (docs/editors.md, "Reviews"). Remove the line.';

  it('refuses "lastReviewed" and "nextReview" and says where a review is recorded now', () => {
    expect(problems({ ...AFTER_EFFECTS, lastReviewed: '2024-07-22', nextReview: '2025-07-22' })).toEqual([
      `: has a field this site does not know: "lastReviewed", "nextReview". Check the spelling; allowed fields are ${ENGLISH_FIELDS}.${moved}`,
    ]);
  });

  it('refuses "translatedFrom" and "translationReviewed" on a translation the same way', () => {
    expect(problems({ ...TRANSLATION, translatedFrom: '2024-07-22', translationReviewed: false }, translatedArticleFrontMatterSchema)).toEqual([
      `: has a field this site does not know: "translatedFrom", "translationReviewed". Check the spelling; allowed fields are title, description, order, stateList, contraindicationsSection, adverseEffectsSection, formerSectionIds, translationOf.${moved}`,
    ]);
  });
});

describe('article front matter: order', () => {
  it('accepts order 1 and refuses order 0', () => {
    expect(problems({ ...AFTER_EFFECTS, order: 1 })).toEqual([]);
    expect(problems({ ...AFTER_EFFECTS, order: 0 })).toEqual(['order: must be 1 or more (got 0).']);
  });
});

const ENGLISH_FIELDS = 'title, description, order, stateList, aliases, contraindicationsSection, adverseEffectsSection, formerSectionIds';

/** Front matter of the Spanish "after effects" page, as its translator writes it. */
const TRANSLATION = {
  ...AFTER_EFFECTS,
  title: 'Cómo puede sentirse después de la punción seca',
  translationOf: 'after-effects',
};

describe('article front matter: each field says what to write', () => {
  it.each([
    ['title', undefined, 'title: is missing. Add a line like: title: What is dry needling?'],
    ['title', '   ', 'title: is empty. Write it like: title: What is dry needling?'],
    ['title', 42, 'title: must be text (got 42).'],
    ['description', undefined, 'description: is missing. Add a line like: description: A short summary of this page.'],
    ['description', '', 'description: is empty. Write it like: description: A short summary of this page.'],
    ['order', undefined, 'order: is missing. Add a line like: order: 3 (its place in the reading order).'],
    ['order', '3', 'order: must be a whole number like 3 (got "3").'],
    ['order', 2.5, 'order: must be a whole number like 3 (got 2.5).'],
    ['stateList', 'yes', 'stateList: must be true or false (got "yes").'],
    ['contraindicationsSection', 3, 'contraindicationsSection: must be the address of a section of this article, like contraindicationsSection: what-you-may-feel-afterwards (got 3).'],
    ['adverseEffectsSection', true, 'adverseEffectsSection: must be the address of a section of this article, like adverseEffectsSection: what-you-may-feel-afterwards (got true).'],
    ['adverseEffectsSection', '#soreness', 'adverseEffectsSection: must be a section\'s address without the #, like what-you-may-feel-afterwards (got "#soreness").'],
    ['aliases', 'dry-needling-vs-acupuncture', 'aliases: must be a list like [dry-needling-vs-acupuncture] (got "dry-needling-vs-acupuncture").'],
    ['aliases', [7], 'aliases.0: must be a list of old page addresses like [dry-needling-vs-acupuncture] (got 7).'],
    [
      'aliases',
      ['/Old-Page/'],
      'aliases.0: has "/Old-Page/", which is not a page address. Write the old address without slashes, in lowercase letters, numbers and single hyphens, like dry-needling-vs-acupuncture.',
    ],
  ])('%s written as %j', (field, value, message) => {
    expect(problems({ ...AFTER_EFFECTS, [field]: value })).toEqual([message]);
  });

  it('names a field the site does not know, and lists the allowed ones', () => {
    expect(problems({ ...AFTER_EFFECTS, titel: 'x', Order: 3 })).toEqual([
      `: has a field this site does not know: "titel", "Order". Check the spelling; allowed fields are ${ENGLISH_FIELDS}.`,
    ]);
  });

  it('says what front matter looks like when it is not a list of fields', () => {
    expect(problems(['title: What is dry needling?'] as unknown as Record<string, unknown>)).toEqual([
      ': must be a list of fields between two lines of three dashes (---), like title: What is dry needling?',
    ]);
  });

  it('takes a page as no state list unless it says so, and keeps its sections and old addresses', () => {
    expect(articleFrontMatterSchema.parse(AFTER_EFFECTS)).toMatchObject({ stateList: false });
    expect(
      articleFrontMatterSchema.parse({
        ...AFTER_EFFECTS,
        stateList: true,
        aliases: ['after-effects-of-dry-needling'],
        contraindicationsSection: 'who-should-not-have-it',
        adverseEffectsSection: 'soreness',
      }),
    ).toMatchObject({
      stateList: true,
      aliases: ['after-effects-of-dry-needling'],
      contraindicationsSection: 'who-should-not-have-it',
      adverseEffectsSection: 'soreness',
    });
  });
});

describe('translated article front matter: what a translation says about itself', () => {
  it('accepts a translation and keeps which English page it translates', () => {
    expect(problems(TRANSLATION, translatedArticleFrontMatterSchema)).toEqual([]);
    expect(translatedArticleFrontMatterSchema.parse(TRANSLATION)).toMatchObject({ translationOf: 'after-effects' });
  });

  it.each([
    ['translationOf', undefined, 'translationOf: is missing. Add a line naming the English article this page translates, without .md, like: translationOf: what-is-dry-needling'],
    ['translationOf', 12, 'translationOf: must be the file name of an English article without .md, like what-is-dry-needling (got 12).'],
    ['translationOf', 'after-effects.md', 'translationOf: must be the file name of an English article without .md, like what-is-dry-needling (got "after-effects.md").'],
  ])('%s written as %j', (field, value, message) => {
    expect(problems({ ...TRANSLATION, [field]: value }, translatedArticleFrontMatterSchema)).toEqual([message]);
  });

  it('refuses old addresses on a translation, listing the fields a translation may have', () => {
    expect(problems({ ...TRANSLATION, aliases: ['old-page'] }, translatedArticleFrontMatterSchema)).toEqual([
      ': has a field this site does not know: "aliases". Check the spelling; allowed fields are title, description, order, stateList, contraindicationsSection, adverseEffectsSection, formerSectionIds, translationOf.',
    ]);
  });

  it('refuses the translation fields on an English page', () => {
    expect(problems({ ...AFTER_EFFECTS, translationOf: 'after-effects' })).toEqual([
      `: has a field this site does not know: "translationOf". Check the spelling; allowed fields are ${ENGLISH_FIELDS}.`,
    ]);
  });
});

describe('article front matter: formerSectionIds', () => {
  it('accepts each section’s address now with the addresses it had, in English and in a translation', () => {
    const formerSectionIds = { 'what-you-may-feel-afterwards': ['after-your-treatment', 'afterwards'] };
    expect(problems({ ...AFTER_EFFECTS, formerSectionIds })).toEqual([]);
    expect(problems({ ...AFTER_EFFECTS, translationOf: 'after-effects', formerSectionIds }, translatedArticleFrontMatterSchema)).toEqual([]);
  });

  it('refuses what is not a section address, an empty list and a single address not in a list, saying what to write', () => {
    expect(problems({ ...AFTER_EFFECTS, formerSectionIds: { '#Afterwards': ['after-your-treatment'], afterwards: ['After your treatment'], 'what-you-may-feel': [] } })).toEqual([
      'formerSectionIds.#Afterwards: names "#Afterwards", which is not a section\'s address. Write the section\'s address now, without the #, like formerSectionIds: { what-you-may-feel-afterwards: [after-your-treatment] }.',
      'formerSectionIds.afterwards.0: has "After your treatment", which is not a section\'s address. Write the old address without the #, in lowercase letters, numbers and single hyphens, like after-your-treatment.',
      "formerSectionIds.what-you-may-feel: is an empty list. Write the section's old address in it, like [after-your-treatment], or remove the line.",
    ]);
    expect(problems({ ...AFTER_EFFECTS, formerSectionIds: { afterwards: 'after-your-treatment' } })).toEqual([
      'formerSectionIds.afterwards: must be a list of the section\'s old addresses, like [after-your-treatment] (got "after-your-treatment").',
    ]);
    expect(problems({ ...AFTER_EFFECTS, formerSectionIds: ['after-your-treatment'] })).toEqual([
      'formerSectionIds: must name each section by its address now and list the addresses it had, like formerSectionIds: { what-you-may-feel-afterwards: [after-your-treatment] } (got ["after-your-treatment"]).',
    ]);
  });
});
