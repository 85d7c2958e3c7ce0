import type { Language } from '@/lib/i18n/language';
import { message } from '@/lib/i18n/messages';
import { languagePathPrefix } from '@/lib/i18n/languages';

/** One step of the trail from the home page to the current page. */
export interface Crumb {
  readonly name: string;
  readonly path: string;
}

/** Home in this language, then each page from the top down to the current one (the last). Visible breadcrumbs and JSON-LD both use it. */
export function breadcrumbTrail(language: Language, ...pages: readonly { title: string; path: string }[]): Crumb[] {
  const home = { name: message(language, 'breadcrumbs.home'), path: languagePathPrefix(language) };
  return [home, ...pages.map((entry) => ({ name: entry.title, path: entry.path }))];
}
