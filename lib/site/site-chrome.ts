import { findAvailabilityArticle, loadArticles } from '@/lib/content/articles';
import { CONTENT_DIR } from '@/lib/content/content-paths';
import type { Language } from '@/lib/i18n/language';
import { DEFAULT_LANGUAGE, isDefaultLanguage, languagePathPrefix } from '@/lib/i18n/languages';
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
  /** The original English page, while this translation (or its language's words) has not been reviewed by a qualified translator. */
  readonly unreviewedTranslationOf?: Translation;
}

/** The English page a translation was made from; its home page when the page has no English twin. */
function originalOf(translations: readonly Translation[]): Translation {
  const original = translations.find((translation) => translation.language.code === DEFAULT_LANGUAGE.code);
  return original ?? { language: DEFAULT_LANGUAGE, path: languagePathPrefix(DEFAULT_LANGUAGE) };
}

/**
 * @param reviewed whether a qualified translator has reviewed the page's own words (an
 * article's "translationReviewed"); the words of the interface count too.
 */
export async function siteChrome(language: Language, translations: readonly Translation[], reviewed = true): Promise<SiteChrome> {
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
    ...(!isDefaultLanguage(language) && !(reviewed && language.translationReviewed) && { unreviewedTranslationOf: originalOf(translations) }),
  };
}
