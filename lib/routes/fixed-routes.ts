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

/** "locations", "links-for-staff", "og": the slugs content cannot use. */
export const RESERVED_SLUGS: readonly string[] = Object.values(FIXED_ROUTES).map((route) => route.split('/')[1] ?? '');
