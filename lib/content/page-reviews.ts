import type { Language } from '@/lib/i18n/language';
import { DEFAULT_LANGUAGE } from '@/lib/i18n/languages';
import { loadArticles, type Article } from './articles';
import { oncePerContent } from './once-per-folder';
import { loadReviewsFile } from './review-records';
import { pageReviews, type PageReviews } from './review-coverage';
import { loadReviewersFile, type Reviewer } from './reviewers';
import { englishSlugOf } from './translations';

/** Every page's reviews, and the reviewers the about page lists. */
export interface SiteReviews {
  readonly of: (article: Article) => PageReviews;
  readonly reviewers: readonly Reviewer[];
}

async function readSiteReviews(contentDir: string, languages: readonly Language[]): Promise<SiteReviews> {
  const [english, { records }, { reviewers }] = await Promise.all([
    loadArticles(contentDir, DEFAULT_LANGUAGE, languages),
    loadReviewsFile(contentDir),
    loadReviewersFile(contentDir),
  ]);
  const bySlug = new Map(english.map((article) => [article.slug, article]));
  return { of: (article) => pageReviews(article, bySlug.get(englishSlugOf(article)), records, reviewers), reviewers };
}

const once = oncePerContent((contentDir, languages: readonly Language[]) => `${contentDir}\n${languages.map((language) => language.code).join(',')}`, readSiteReviews);

/** What each page may say about its reviews, read once per build. */
export function loadSiteReviews(contentDir: string, languages: readonly Language[]): Promise<SiteReviews> {
  return once(contentDir, languages);
}
