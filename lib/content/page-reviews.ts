import type { Language } from '@/lib/i18n/language';
import { DEFAULT_LANGUAGE } from '@/lib/i18n/languages';
import { loadArticles, type Article } from './articles';
import { oncePerContent } from './once-per-folder';
import { loadReviewsFile } from './review-records';
import { pageReviews, type PageReviews } from './review-coverage';
import { loadReviewersFile, type Reviewer } from './reviewers';
import { englishSlugOf } from './translations';
import { CATALOG_FOLDER, catalogFingerprints, changedMessages, readCatalogMessages } from './catalog-fingerprints';
import { signerOf } from './review-coverage';
import type { ReviewRecords } from './review-records';

/** Every page's reviews, and the reviewers the about page lists. */
export interface SiteReviews {
  readonly of: (article: Article) => PageReviews;
  readonly reviewers: readonly Reviewer[];
  /** Whether a translator's review covers a language's interface catalog and the English one as they are now; English needs none. */
  readonly catalogReviewed: (language: Language) => boolean;
}

/** The languages whose interface catalog a translation review on record covers, as both catalogs are now. */
async function reviewedCatalogs(languages: readonly Language[], records: ReviewRecords, reviewers: readonly Reviewer[]): Promise<Set<string>> {
  const english = await readCatalogMessages(CATALOG_FOLDER, DEFAULT_LANGUAGE.code);
  const reviewed = new Set<string>();
  if (!english) return reviewed;
  for (const language of languages) {
    const review = records.catalogs[language.code]?.review;
    const translated = review && (await readCatalogMessages(CATALOG_FOLDER, language.code));
    if (!review || !translated || 'problem' in signerOf(review.reviewer, 'translation', [DEFAULT_LANGUAGE.code, language.code], reviewers)) continue;
    if (!changedMessages(review.english, catalogFingerprints(english)) && !changedMessages(review.translation, catalogFingerprints(translated))) reviewed.add(language.code);
  }
  return reviewed;
}

async function readSiteReviews(contentDir: string, languages: readonly Language[]): Promise<SiteReviews> {
  const [english, { records }, { reviewers }] = await Promise.all([
    loadArticles(contentDir, DEFAULT_LANGUAGE, languages),
    loadReviewsFile(contentDir),
    loadReviewersFile(contentDir),
  ]);
  const bySlug = new Map(english.map((article) => [article.slug, article]));
  const catalogs = await reviewedCatalogs(languages, records, reviewers);
  return {
    of: (article) => pageReviews(article, bySlug.get(englishSlugOf(article)), records, reviewers),
    reviewers,
    catalogReviewed: (language) => language.code === DEFAULT_LANGUAGE.code || catalogs.has(language.code),
  };
}

const once = oncePerContent((contentDir, languages: readonly Language[]) => `${contentDir}\n${languages.map((language) => language.code).join(',')}`, readSiteReviews);

/** What each page may say about its reviews, read once per build. */
export function loadSiteReviews(contentDir: string, languages: readonly Language[]): Promise<SiteReviews> {
  return once(contentDir, languages);
}
