import type { Language } from '@/lib/i18n/language';
import { LANGUAGES, isDefaultLanguage, languagePathPrefix } from '@/lib/i18n/languages';

/** Link-preview images, one per page: /og/after-effects.png. */
export const LINK_PREVIEW_IMAGES_PATH = '/og/';

/** The home page's link-preview image is /og/home.png; every other page's is named after its address. */
export const HOME_PAGE_IMAGE_NAME = 'home';

/**
 * Addresses of the pages the site makes itself rather than from an article of content/, in one
 * language: /locations/ and /es/ubicaciones/, /privacy/ and /es/privacidad/. No article file or
 * alias may take their segment, or two routes of lib/site/route-table.ts would be written to the
 * same place. A new kind of page with an address of its own adds it here.
 */
export function fixedRoutes(language: Language) {
  const prefix = languagePathPrefix(language);
  return {
    locations: `${prefix}${language.routes.locations}/`,
    staffLinks: `${prefix}${language.routes.staffLinks}/`,
    guide: `${prefix}${language.routes.guide}/`,
    about: `${prefix}${language.routes.about}/`,
    accessibility: `${prefix}${language.routes.accessibility}/`,
    privacy: `${prefix}${language.routes.privacy}/`,
  } as const;
}

/**
 * Every name an article file (or, in English, an old address) of a language must not take, with
 * what already has it: the fixed routes, and the names of files the build generates that a page
 * of that name would collide with (Next.js writes a page named index over the home page's
 * index.html, one named 404 over the not-found page). In English, also the folder of link
 * previews, the name of the home page's preview, and the folder of every other language
 * ("es"). A new generated name is added here, and articles and aliases are both checked.
 */
export function reservedNames(language: Language, languages: readonly Language[] = LANGUAGES): ReadonlyMap<string, string> {
  const prefix = languagePathPrefix(language);
  const routes = fixedRoutes(language);
  const names: [string, string][] = [
    [language.routes.locations, `the list of the clinic's locations (${routes.locations})`],
    [language.routes.staffLinks, `the links for staff (${routes.staffLinks})`],
    [language.routes.guide, `the printable guide (${routes.guide})`],
    [language.routes.about, `the page about this information (${routes.about})`],
    [language.routes.accessibility, `the accessibility statement (${routes.accessibility})`],
    [language.routes.privacy, `the privacy page (${routes.privacy})`],
    ['index', `the home page (${prefix}index.html)`],
    ['404', `the page-not-found page (${prefix}404.html)`],
  ];
  if (isDefaultLanguage(language)) {
    names.push(
      // Stryker disable next-line StringLiteral: '/og/'.split('/') always has a second element.
      [LINK_PREVIEW_IMAGES_PATH.split('/')[1] ?? '', `the folder of link-preview images (${LINK_PREVIEW_IMAGES_PATH})`],
      [HOME_PAGE_IMAGE_NAME, `the home page's link-preview image (${LINK_PREVIEW_IMAGES_PATH}${HOME_PAGE_IMAGE_NAME}.png)`],
      ...languages.filter((other) => !isDefaultLanguage(other)).map((other): [string, string] => [other.code, `the pages in ${other.name} (/${other.code}/)`]),
    );
  }
  return new Map(names);
}
