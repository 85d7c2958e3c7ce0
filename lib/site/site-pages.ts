import { findAvailabilityArticle, loadArticles, type Article } from '@/lib/content/articles';
import { message } from '@/lib/i18n/messages';
import { loadAvailability, statesNotAvailable, type StateAvailability } from '@/lib/content/availability';
import { loadLocations } from '@/lib/content/locations';
import { answersByState, type StateAnswer } from '@/lib/content/state-answers';
import { CONTENT_DIR } from '@/lib/content/content-paths';
import { loadSiteReviews } from '@/lib/content/page-reviews';
import { oncePerContent } from '@/lib/content/once-per-folder';
import { translationsOf } from '@/lib/content/translations';
import type { Language } from '@/lib/i18n/language';
import { LANGUAGES, languagePathPrefix } from '@/lib/i18n/languages';
import { HOME_PAGE_IMAGE_NAME, LINK_PREVIEW_IMAGES_PATH, fixedRoutes } from '@/lib/routes/fixed-routes';
import { statePagePath } from '@/lib/routes/state-paths';
import { statePageDescription, statePageTitle } from './phrases';

interface PageFields {
  /** The address in the site's one form: /after-effects/, /es/efectos-de-la-puncion-seca/. */
  readonly path: string;
  readonly language: Language;
  /** The page's own title; <title> adds the site name to it. */
  readonly title: string;
  readonly description: string;
  /** When a person last reviewed the content, by a review that still covers it (YYYY-MM-DD), for the sitemap. Never the build date. */
  readonly lastModified?: string;
  /** False for pages search engines should leave out: they say noindex and are not in the sitemap. */
  readonly indexable: boolean;
  /** The link-preview image's address: /og/after-effects.png. */
  readonly image: string;
  /** The same page in every language it is published in, this one included, in the order of LANGUAGES. */
  readonly translations: readonly Translation[];
}

/** One language's version of a page. */
export interface Translation {
  readonly language: Language;
  readonly path: string;
}

/** One page of the site as search engines, link previews, staff and the route table see it. */
export type SitePage = PageFields &
  (
    | { readonly kind: 'home' }
    | { readonly kind: 'article'; readonly article: Article }
    | { readonly kind: 'state'; readonly state: StateAvailability }
    | { readonly kind: 'locations' }
    | { readonly kind: 'staff-links' }
    | { readonly kind: 'guide' }
    | { readonly kind: 'about' }
    | { readonly kind: 'accessibility' }
    | { readonly kind: 'privacy' }
  );

/** The pages that say who publishes the site, how accessible it is and how it treats privacy. */
export const TRUST_PAGE_KINDS = ['about', 'accessibility', 'privacy'] as const satisfies readonly SitePage['kind'][];

/**
 * "/" → /og/home.png, "/availability/texas/" → /og/availability_texas.png, "/es/" → /og/es.png (no
 * slug has "_", and no English article may be named home or es, so names never clash).
 */
function linkPreviewImage(path: string): string {
  const name = path === '/' ? HOME_PAGE_IMAGE_NAME : path.split('/').filter(Boolean).join('_');
  return `${LINK_PREVIEW_IMAGES_PATH}${name}.png`;
}

/** The newest of some YYYY-MM-DD dates, or undefined when there are none. */
function newest(dates: readonly (string | undefined)[]): string | undefined {
  return dates.filter((date): date is string => date !== undefined).sort().at(-1);
}

/** The home page lists every article, so it last changed when the most recently reviewed one did. */
function newestReview(articles: readonly Article[], reviewedOn: Edition['reviewedOn']): string | undefined {
  return newest(articles.map(reviewedOn));
}

// Stryker disable all: no content reaches this guard, because the reserved names (lib/routes/fixed-routes.ts) refuse every file name that would give two pages one address or preview image; it guards against a developer's new kind of page.
function assertUnique(pages: readonly SitePage[]): void {
  for (const key of ['path', 'image'] as const) {
    const seen = new Set<string>();
    for (const entry of pages) {
      if (seen.has(entry[key])) throw new Error(`Two pages of the site have the ${key} ${entry[key]}. Each page needs its own.`);
      seen.add(entry[key]);
    }
  }
}
// Stryker restore all

interface Edition {
  readonly articlesOf: (language: Language) => readonly Article[];
  /** The same article in every language that has it. */
  readonly twinsOfArticle: (article: Article) => Translation[];
  /** The same page in every language, given where it is in each. */
  readonly twinsIn: (pathIn: (language: Language) => string) => Translation[];
  /** What the site can say about each state and DC (lib/content/state-answers). */
  readonly answers: readonly StateAnswer[];
  readonly notAvailableCount: number;
  readonly exampleLocations: boolean;
  /** The day of the newest review that covers an article's words as they are now. */
  readonly reviewedOn: (article: Article) => string | undefined;
  /** The day a person checked the list of states, when an editor has set one. */
  readonly checked?: string;
}

/** The pages of one language, each knowing its twins in the others. */
function languagePages(language: Language, edition: Edition): SitePage[] {
  const articles = edition.articlesOf(language);
  const stateListIn = (other: Language) => findAvailabilityArticle(edition.articlesOf(other)).path;
  const stateList = findAvailabilityArticle(articles);
  const page = (fields: Omit<PageFields, 'image' | 'language'>) => ({ ...fields, language, image: linkPreviewImage(fields.path) });
  return [
    {
      kind: 'home',
      ...page({
        path: languagePathPrefix(language),
        title: message(language, 'site.name'),
        description: message(language, 'site.description'),
        lastModified: newestReview(articles, edition.reviewedOn),
        indexable: true,
        translations: edition.twinsIn(languagePathPrefix),
      }),
    },
    ...articles.map(
      (article): SitePage => ({
        kind: 'article',
        article,
        ...page({
          path: article.path,
          title: article.title,
          description: article.description,
          lastModified: edition.reviewedOn(article),
          indexable: true,
          translations: edition.twinsOfArticle(article),
        }),
      }),
    ),
    // A state page is part of the list of states: reviewed with it, or when a person checked the list.
    ...edition.answers.map(
      (answer): SitePage => ({
        kind: 'state',
        state: answer.state,
        ...page({
          path: statePagePath(stateList.path, language.stateNames[answer.state.code]),
          title: statePageTitle(answer.state.code, language),
          description: statePageDescription(answer, edition.notAvailableCount, edition.exampleLocations, language),
          lastModified: newest([edition.reviewedOn(stateList), edition.checked]),
          indexable: true,
          translations: edition.twinsIn((other) => statePagePath(stateListIn(other), other.stateNames[answer.state.code])),
        }),
      }),
    ),
    // locations.yaml carries no date of its own, so the sitemap gives this page none.
    {
      kind: 'locations',
      ...page({
        path: fixedRoutes(language).locations,
        title: message(language, 'locations.title'),
        description: message(language, 'locations.description'),
        indexable: true,
        translations: edition.twinsIn((other) => fixedRoutes(other).locations),
      }),
    },
    // A working list for clinic staff, not an answer to anyone's search.
    {
      kind: 'staff-links',
      ...page({
        path: fixedRoutes(language).staffLinks,
        title: message(language, 'staffLinks.title'),
        description: message(language, 'staffLinks.description'),
        indexable: false,
        translations: edition.twinsIn((other) => fixedRoutes(other).staffLinks),
      }),
    },
    // Every topic again, made for paper: the topic pages are what search engines should find.
    {
      kind: 'guide',
      ...page({
        path: fixedRoutes(language).guide,
        title: message(language, 'guide.title'),
        description: message(language, 'guide.description'),
        lastModified: newestReview(articles, edition.reviewedOn),
        indexable: false,
        translations: edition.twinsIn((other) => fixedRoutes(other).guide),
      }),
    },
    // About the site rather than dry needling, and written in lib/i18n, so no review date of content/ dates them.
    ...TRUST_PAGE_KINDS.map(
      (kind): SitePage => ({
        kind,
        ...page({
          path: fixedRoutes(language)[kind],
          title: message(language, `trustPages.${kind}.title`),
          description: message(language, `trustPages.${kind}.description`),
          indexable: true,
          translations: edition.twinsIn((other) => fixedRoutes(other)[kind]),
        }),
      }),
    ),
    // New kinds of page are added here, each dated by when a person last checked it.
  ];
}

async function buildSitePages(contentDir: string, languages: readonly Language[]): Promise<SitePage[]> {
  const [articleLists, availability, { example, locations }, reviews] = await Promise.all([
    Promise.all(languages.map((language) => loadArticles(contentDir, language, languages))),
    loadAvailability(contentDir),
    loadLocations(contentDir),
    loadSiteReviews(contentDir, languages),
  ]);
  // Stryker disable next-line ArrayDeclaration: every language has its list of articles.
  const byLanguage = new Map(languages.map((language, index) => [language.code, articleLists[index] ?? []]));
  // Stryker disable next-line ArrayDeclaration: every language has its list of articles.
  const articlesOf = (language: Language) => byLanguage.get(language.code) ?? [];
  const articlePaths = translationsOf(languages, articlesOf);
  const edition: Edition = {
    articlesOf,
    twinsOfArticle: (article) => {
      const paths = articlePaths(article);
      return languages.flatMap((language) => {
        const path = paths[language.code];
        return path === undefined ? [] : [{ language, path }];
      });
    },
    twinsIn: (pathIn) => languages.map((language) => ({ language, path: pathIn(language) })),
    answers: answersByState(availability, locations),
    notAvailableCount: statesNotAvailable(availability).length,
    exampleLocations: example,
    reviewedOn: (article) => {
      const { clinical, translation } = reviews.of(article);
      return newest([clinical?.date, translation?.date]);
    },
    ...(availability.checked !== undefined && { checked: availability.checked }),
  };
  const pages = languages.flatMap((language) => languagePages(language, edition));
  assertUnique(pages);
  return pages;
}

const built = oncePerContent(
  (contentDir, languages: readonly Language[]) => `${contentDir}\n${languages.map((language) => language.code).join(',')}`,
  buildSitePages,
);

/**
 * Every page the site publishes, in every language, once. The route table (route-table.ts,
 * which gives each page its metadata and its template's props), the sitemap, the link-preview
 * images and the built-output tests all read this list. It is built once per build (and again
 * in the editors' preview once a file changes).
 */
export function loadSitePages(contentDir: string = CONTENT_DIR, languages: readonly Language[] = LANGUAGES): Promise<SitePage[]> {
  return built(contentDir, languages);
}

export function findSitePage(pages: readonly SitePage[], path: string): SitePage {
  const found = pages.find((candidate) => candidate.path === path);
  if (!found) throw new Error(`${path} is not in the list of site pages (lib/site/site-pages.ts). Add it there.`);
  return found;
}

export type PageOfKind<Kind extends SitePage['kind']> = Extract<SitePage, { kind: Kind }>;
