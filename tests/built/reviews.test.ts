import { describe, expect, it } from 'vitest';
import { CONTENT_DIR } from '@/lib/content/content-paths';
import { loadSiteReviews } from '@/lib/content/page-reviews';
import { LANGUAGES } from '@/lib/i18n/languages';
import { message } from '@/lib/i18n/messages';
import { loadSitePages, type SitePage } from '@/lib/site/site-pages';
import { findAvailabilityArticle, loadArticles } from '@/lib/content/articles';
import { assertBuilt, builtPages, readPage } from './out-dir';

assertBuilt();
const reviews = await loadSiteReviews(CONTENT_DIR, LANGUAGES);
const sitePages = await loadSitePages();
const stateLists = new Map(
  await Promise.all(LANGUAGES.map(async (language) => [language.code, findAvailabilityArticle(await loadArticles(CONTENT_DIR, language, LANGUAGES))] as const)),
);

/** The reviews a built page may claim: an article's own, a state page's through its list of states, none for any other page. */
function coveringReviews(page: SitePage | undefined) {
  if (page?.kind === 'article') return reviews.of(page.article);
  const stateList = page?.kind === 'state' ? stateLists.get(page.language.code) : undefined;
  return stateList ? reviews.of(stateList) : {};
}

/** How many "reviewed by" sentences a page may have: one per review that covers it; the guide has each topic's. */
function allowedClaims(page: SitePage | undefined): number {
  const count = ({ clinical, translation }: ReturnType<typeof coveringReviews>) => (clinical ? 1 : 0) + (translation ? 1 : 0);
  if (page?.kind !== 'guide') return count(coveringReviews(page));
  const topics = sitePages.filter((other) => other.kind === 'article' && other.language === page.language);
  return topics.reduce((sum, topic) => sum + count(coveringReviews(topic)), 0);
}

/** A sentence that says a person reviewed the page, in either language. */
const REVIEW_CLAIM = /\b(?:reviewed by|revisad[oa] por)\b/i;

function jsonLdOf(document: Document): Record<string, unknown>[] {
  return [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent ?? '') as Record<string, unknown>);
}

describe('no page claims a review that does not cover its words', () => {
  const pages = builtPages().filter((page) => page.endsWith('/'));
  const byPath = new Map(sitePages.map((page) => [page.path, page]));

  it.each(pages)('%s', (urlPath) => {
    const document = readPage(urlPath);
    const page = byPath.get(urlPath);
    const { clinical } = coveringReviews(page);
    const text = document.querySelector('main')?.textContent ?? '';
    const claims = (text.match(new RegExp(REVIEW_CLAIM, 'gi')) ?? []).length;
    expect(claims, 'sentences saying "reviewed by"').toBe(allowedClaims(page));
    for (const data of jsonLdOf(document)) {
      expect('reviewedBy' in data, 'JSON-LD reviewedBy').toBe(clinical !== undefined && !clinical.reviewer.example);
      expect('lastReviewed' in data, 'JSON-LD lastReviewed').toBe(clinical !== undefined && !clinical.reviewer.example);
    }
  });

  it('with the content as it is (no review on record yet), every topic and state page says that no named reviewer has checked it', () => {
    const unreviewed = sitePages.filter((page) => page.kind === 'article' || page.kind === 'state');
    for (const page of unreviewed) {
      expect(coveringReviews(page), page.path).toEqual({});
      expect(readPage(page.path).querySelector('main')?.textContent, page.path).toContain(message(page.language, 'review.notReviewed'));
    }
  });
});
