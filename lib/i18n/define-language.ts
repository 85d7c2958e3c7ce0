import type { Language } from './language';
import type { Catalog } from './catalog';
import { US_STATES, type StateCode } from './us-states';

/** The one line of lib/i18n/languages.ts that adds a language. */
export interface LanguageLine {
  /** The locale dates, lists and plural forms are written in; its language subtag names the folder content/<code>/ and the addresses /<code>/. */
  readonly locale: string;
  /** The language's catalog, lib/i18n/messages/<code>.json. */
  readonly messages: Catalog;
  /** True once a qualified human translator has reviewed the catalog. */
  readonly translationReviewed: boolean;
  readonly dir?: 'ltr' | 'rtl';
}

const STATE_CODES = Object.keys(US_STATES) as StateCode[];

/** A language from its locale and catalog: its name, state names and address words are messages of the catalog. */
export function defineLanguage({ locale, messages, translationReviewed, dir = 'ltr' }: LanguageLine): Language {
  return {
    code: new Intl.Locale(locale).language,
    locale,
    ogLocale: locale.replace('-', '_'),
    name: messages['language.name'],
    dir,
    stateNames: Object.fromEntries(STATE_CODES.map((code) => [code, messages[`usState.${code}`]])) as Record<StateCode, string>,
    routes: {
      locations: messages['route.locations'],
      staffLinks: messages['route.staffLinks'],
      guide: messages['route.guide'],
      about: messages['route.about'],
      accessibility: messages['route.accessibility'],
      privacy: messages['route.privacy'],
    },
    translationReviewed,
    messages,
  };
}
