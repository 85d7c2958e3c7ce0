import { findAvailabilityArticle, loadArticles } from '@/lib/content/articles';
import { CONTENT_DIR } from '@/lib/content/content-paths';
import type { Language } from '@/lib/i18n/language';
import { languagePathPrefix } from '@/lib/i18n/languages';
import { fixedRoutes } from '@/lib/routes/fixed-routes';
import { PAGE_IDS } from '@/lib/routes/page-ids';
import type { Translation } from './site-pages';

/** What the header and footer of every page in a language show: its navigation, and the page in the other languages. */
export interface SiteChrome {
  readonly language: Language;
  readonly homePath: string;
  readonly navigation: readonly { readonly href: string; readonly label: string }[];
  readonly staffLinksPath: string;
  /** This page in each other language it exists in. */
  readonly otherLanguages: readonly Translation[];
}

export async function siteChrome(language: Language, translations: readonly Translation[]): Promise<SiteChrome> {
  const availability = findAvailabilityArticle(await loadArticles(CONTENT_DIR, language));
  const { words } = language;
  const home = languagePathPrefix(language);
  const routes = fixedRoutes(language);
  return {
    language,
    homePath: home,
    navigation: [
      { href: `${home}#${PAGE_IDS.topics}`, label: words.navigation.allTopics },
      { href: availability.path, label: availability.title },
      { href: routes.locations, label: words.navigation.locations },
    ],
    staffLinksPath: routes.staffLinks,
    otherLanguages: translations.filter((translation) => translation.language.code !== language.code),
  };
}
