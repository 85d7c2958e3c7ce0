import type { Language } from '@/lib/i18n/language';
import { LANGUAGES, isDefaultLanguage, languagePathPrefix } from '@/lib/i18n/languages';

/** Link-preview images, one per page: /og/after-effects.png. */
export const LINK_PREVIEW_IMAGES_PATH = '/og/';

/**
 * Addresses the app/ folder defines itself rather than content/, in one language: /locations/
 * and /es/ubicaciones/. No article file or alias may take their segment, or two pages would be
 * written to the same place. A new route under app/ adds its address here.
 */
export function fixedRoutes(language: Language) {
  const prefix = languagePathPrefix(language);
  return {
    locations: `${prefix}${language.routes.locations}/`,
    staffLinks: `${prefix}${language.routes.staffLinks}/`,
  } as const;
}

/**
 * The slugs an article in this language cannot take: its fixed routes, and at the top level the
 * folder of link previews and of every other language ("es" is the Spanish pages' folder).
 */
export function reservedSlugs(language: Language, languages: readonly Language[] = LANGUAGES): string[] {
  const routes = Object.values(language.routes);
  if (!isDefaultLanguage(language)) return routes;
  const languageFolders = languages.filter((other) => !isDefaultLanguage(other)).map((other) => other.code);
  return [...routes, LINK_PREVIEW_IMAGES_PATH.split('/')[1] ?? '', ...languageFolders];
}
