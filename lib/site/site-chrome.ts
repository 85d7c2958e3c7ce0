import type { Clinic } from '@/lib/content/clinic';
import type { Language } from '@/lib/i18n/language';
import { message } from '@/lib/i18n/messages';
import { DEFAULT_LANGUAGE, isDefaultLanguage, languagePathPrefix } from '@/lib/i18n/languages';
import { fixedRoutes } from '@/lib/routes/fixed-routes';
import { pageId } from '@/lib/i18n/page-ids';
import { problemReportHref } from './problem-report';
import type { Translation } from './site-pages';

/** What the header and footer of every page in a language show: its navigation, and the page in the other languages. */
export interface SiteChrome {
  readonly language: Language;
  /** The clinic that publishes the site, named in the header and footer of every page. */
  readonly clinic: Clinic;
  readonly homePath: string;
  readonly navigation: readonly { readonly href: string; readonly label: string }[];
  readonly staffLinksPath: string;
  /** The footer's links to the pages about the site: how it is written, accessibility, privacy. */
  readonly aboutPath: string;
  readonly footerLinks: readonly { readonly href: string; readonly label: string }[];
  /** The footer's "Report a problem with this page": a mailto: link naming this page. */
  readonly problemReport: string;
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
 * The original English page, when a page in another language must say that no qualified
 * translator has reviewed it yet; undefined when it need not.
 * @param reviewed whether a qualified translator has reviewed the page's own words (an
 * article's "translationReviewed"); the words of the interface count too.
 */
export function unreviewedTranslationOf(language: Language, translations: readonly Translation[], reviewed: boolean): Translation | undefined {
  return isDefaultLanguage(language) || (reviewed && language.translationReviewed) ? undefined : originalOf(translations);
}

/** What one page's header and footer are made from. */
export interface ChromeSource {
  readonly language: Language;
  /** The page in every language it is published in; none on a moved or not-found page. */
  readonly translations: readonly Translation[];
  /**
   * Whether a qualified translator has reviewed the page's own words (an article's
   * "translationReviewed"); the words of the interface count too.
   */
  readonly reviewed: boolean;
  /** The language's list of states, which the navigation links to under its own title. */
  readonly stateList: { readonly path: string; readonly title: string };
  /** Where reports of a problem go (content/contact.yaml). */
  readonly problemReports: string;
  /** The clinic that publishes the site (content/clinic.yaml). */
  readonly clinic: Clinic;
  /** The page's address, which a report of a problem names; none on a not-found page, which is served for every address that has no page. */
  readonly pagePath?: string;
}

export function siteChrome({ language, translations, reviewed, stateList, problemReports, clinic, pagePath }: ChromeSource): SiteChrome {
  const home = languagePathPrefix(language);
  const routes = fixedRoutes(language);
  const original = unreviewedTranslationOf(language, translations, reviewed);
  return {
    language,
    clinic,
    homePath: home,
    navigation: [
      { href: `${home}#${pageId('topics', language)}`, label: message(language, 'navigation.allTopics') },
      { href: stateList.path, label: stateList.title },
      { href: routes.locations, label: message(language, 'navigation.locations') },
    ],
    staffLinksPath: routes.staffLinks,
    aboutPath: routes.about,
    footerLinks: [
      { href: routes.accessibility, label: message(language, 'footer.accessibility') },
      { href: routes.privacy, label: message(language, 'footer.privacy') },
    ],
    problemReport: problemReportHref(problemReports, language, pagePath),
    otherLanguages: translations.filter((translation) => translation.language.code !== language.code),
    ...(original && { unreviewedTranslationOf: original }),
  };
}
