import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content/articles';
import { catalogFingerprints } from '@/lib/content/catalog-fingerprints';
import { loadSiteReviews } from '@/lib/content/page-reviews';
import { LANGUAGES, english, spanish } from '@/lib/i18n/languages';
import { temporaryContent } from '@/tests/fixtures/temporary-content';

const messages = (code: string) => JSON.parse(readFileSync(`lib/i18n/messages/${code}.json`, 'utf8')) as Record<string, string>;

/** The reviews fixture with this record of the Spanish catalog. */
function withCatalogReview(reviewer: string) {
  const content = temporaryContent('reviews');
  const fingerprints = (code: string) => JSON.stringify(catalogFingerprints(messages(code)));
  writeFileSync(
    path.join(content.dir, 'reviews.yaml'),
    `clinical: {}\ncatalogs:\n  es:\n    review:\n      reviewer: ${reviewer}\n      date: 2025-03-01\n      english: ${fingerprints('en')}\n      translation: ${fingerprints('es')}\n`,
  );
  return content;
}

describe('loadSiteReviews: what each page may say about its reviews', () => {
  it("names the clinical reviewer of an English page whose text the review covers, and lists the folder's reviewers", async () => {
    const content = temporaryContent('reviews');
    const reviews = await loadSiteReviews(content.dir, LANGUAGES);
    const afterEffects = (await loadArticles(content.dir)).find((article) => article.slug === 'after-effects');
    expect(afterEffects && reviews.of(afterEffects).clinical).toMatchObject({ reviewer: { id: 'ana-rivera' }, date: '2024-07-22' });
    expect(reviews.reviewers.map((reviewer) => reviewer.id)).toEqual(['ana-rivera', 'lucia-mendez', 'omar-haddad', 'sam-example']);
  });

  it('counts English interface words as needing no review, and Spanish ones as reviewed only by a translator who reads both languages', async () => {
    const unreviewed = await loadSiteReviews(temporaryContent('reviews').dir, LANGUAGES);
    expect([unreviewed.catalogReviewed(english), unreviewed.catalogReviewed(spanish)]).toEqual([true, false]);
    expect((await loadSiteReviews(withCatalogReview('lucia-mendez').dir, LANGUAGES)).catalogReviewed(spanish)).toBe(true);
    // Omar Haddad does not read Spanish; Ana Rivera is a clinical reviewer; nobody-here is not in reviewers.yaml.
    for (const reviewer of ['omar-haddad', 'ana-rivera', 'nobody-here']) {
      expect((await loadSiteReviews(withCatalogReview(reviewer).dir, LANGUAGES)).catalogReviewed(spanish)).toBe(false);
    }
  });
});
