/** The page that lists every location. */
export const LOCATIONS_PATH = '/locations/';

/**
 * Addresses the app/ folder defines itself rather than content/. No article file or alias
 * may take their first segment, or two pages would be written to the same place. A new
 * route under app/ adds its address here.
 */
export const FIXED_ROUTES = {
  locations: LOCATIONS_PATH,
  staffLinks: '/links-for-staff/',
  /** Link-preview images, one per page: /og/after-effects.png. */
  linkPreviewImages: '/og/',
} as const;

/** What each fixed route is, as an editor would call it. */
const FIXED_ROUTE_NAMES: Readonly<Record<keyof typeof FIXED_ROUTES, string>> = {
  locations: "the list of the clinic's locations",
  staffLinks: 'the links for staff',
  linkPreviewImages: 'the folder of link-preview images',
};

/** The home page's link-preview image is /og/home.png; every other page's is named after its address. */
export const HOME_PAGE_IMAGE_NAME = 'home';

/**
 * Every name an article file or an old address (alias) must not take, with what already has
 * it: the fixed routes, and the names of files the build generates that a page of that name
 * would collide with (Next.js writes a page named index over the home page's index.html, one
 * named 404 over the not-found page, and one named home would share the home page's preview
 * image). A new generated name is added here, and both articles and aliases are checked.
 */
export const RESERVED_NAMES: ReadonlyMap<string, string> = new Map([
  ...(Object.keys(FIXED_ROUTES) as (keyof typeof FIXED_ROUTES)[]).map(
    (key) => [FIXED_ROUTES[key].split('/')[1] ?? '', `${FIXED_ROUTE_NAMES[key]} (${FIXED_ROUTES[key]})`] as const,
  ),
  ['index', 'the home page (/index.html)'],
  [HOME_PAGE_IMAGE_NAME, `the home page's link-preview image (${FIXED_ROUTES.linkPreviewImages}${HOME_PAGE_IMAGE_NAME}.png)`],
  ['404', 'the page-not-found page (/404.html)'],
]);
