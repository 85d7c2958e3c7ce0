import { findAvailabilityArticle, loadArticles, type Article } from '@/lib/content/articles';
import { loadAvailability, statesNotAvailable } from '@/lib/content/availability';
import { loadLocations } from '@/lib/content/locations';
import { answersByState } from '@/lib/content/state-answers';
import { FIXED_ROUTES, HOME_PAGE_IMAGE_NAME, LOCATIONS_PATH } from '@/lib/routes/fixed-routes';
import { site } from './site';
import { statePageDescription, statePageTitle } from './phrases';
import { statePagePath } from '@/lib/routes/state-paths';
import { oncePerContentFolder } from '@/lib/content/once-per-folder';

/** One page of the site as search engines, link previews and staff see it. */
export interface SitePage {
  /** The address in the site's one form: /after-effects/. */
  readonly path: string;
  /** The page's own title; <title> adds the site name to it. */
  readonly title: string;
  readonly description: string;
  /** When a person last reviewed the content (YYYY-MM-DD), for the sitemap. Never the build date. */
  readonly lastModified?: string;
  /** False for pages search engines should leave out: they say noindex and are not in the sitemap. */
  readonly indexable: boolean;
  /** The link-preview image's address: /og/after-effects.png. */
  readonly image: string;
}

/**
 * "/" → /og/home.png, "/availability/texas/" → /og/availability_texas.png (no slug has "_", and
 * no article may be named home, so names never clash).
 */
function linkPreviewImage(path: string): string {
  const name = path === '/' ? HOME_PAGE_IMAGE_NAME : path.split('/').filter(Boolean).join('_');
  return `${FIXED_ROUTES.linkPreviewImages}${name}.png`;
}

function page(fields: Omit<SitePage, 'image'>): SitePage {
  return { ...fields, image: linkPreviewImage(fields.path) };
}

/** The newest of some YYYY-MM-DD dates, or undefined when there are none. */
function newest(dates: readonly (string | undefined)[]): string | undefined {
  return dates.filter((date): date is string => date !== undefined).sort().at(-1);
}

/** The home page lists every article, so it last changed when the most recently reviewed one did. */
function newestReview(articles: readonly Article[]): string | undefined {
  return newest(articles.map((article) => article.lastReviewed));
}

function assertUnique(pages: readonly SitePage[]): void {
  for (const key of ['path', 'image'] as const) {
    const seen = new Set<string>();
    for (const entry of pages) {
      if (seen.has(entry[key])) throw new Error(`Two pages of the site have the ${key} ${entry[key]}. Each page needs its own.`);
      seen.add(entry[key]);
    }
  }
}

async function buildSitePages(contentDir: string): Promise<SitePage[]> {
  const [articles, availability, { example, locations }] = await Promise.all([
    loadArticles(contentDir),
    loadAvailability(contentDir),
    loadLocations(contentDir),
  ]);
  const stateList = findAvailabilityArticle(articles);
  const notAvailableCount = statesNotAvailable(availability).length;
  const pages = [
    page({ path: '/', title: site.name, description: site.description, lastModified: newestReview(articles), indexable: true }),
    ...articles.map((article) =>
      page({ path: article.path, title: article.title, description: article.description, lastModified: article.lastReviewed, indexable: true }),
    ),
    // A state page is part of the list of states: reviewed with it, or when a person checked the list.
    ...answersByState(availability, locations).map((answer) =>
      page({
        path: statePagePath(stateList.path, answer.state.name),
        title: statePageTitle(answer.state.code),
        description: statePageDescription(answer, notAvailableCount, example),
        lastModified: newest([stateList.lastReviewed, availability.checked]),
        indexable: true,
      }),
    ),
    // locations.yaml carries no date of its own, so the sitemap gives this page none.
    page({
      path: LOCATIONS_PATH,
      title: 'Clinic locations',
      description: "The clinic's locations by state, with each address, phone number and whether the location offers dry needling.",
      indexable: true,
    }),
    // A working list for clinic staff, not an answer to anyone's search.
    page({
      path: FIXED_ROUTES.staffLinks,
      title: 'Links for staff',
      description: 'The web address of every topic page and each of its sections, ready to copy into an email to a patient.',
      indexable: false,
    }),
    // New kinds of page are added here, each dated by when a person last checked it.
  ];
  assertUnique(pages);
  return pages;
}

/**
 * Every page the site publishes, once. The sitemap, the link-preview images, per-page
 * metadata and the built-output tests all read this list, so a new kind of page is
 * registered here and nowhere else. Every page's metadata asks for it: it is built once.
 */
export const loadSitePages = oncePerContentFolder(buildSitePages);

export function findSitePage(pages: readonly SitePage[], path: string): SitePage {
  const found = pages.find((candidate) => candidate.path === path);
  if (!found) throw new Error(`${path} is not in the list of site pages (lib/site/site-pages.ts). Add it there.`);
  return found;
}
