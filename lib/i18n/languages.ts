import { defineLanguage } from './define-language';
import type { Language } from './language';
import englishMessages from './messages/en.json';
import spanishMessages from './messages/es.json';

/** English, the language the pages are written in: nothing to review as a translation. */
export const english: Language = defineLanguage({ locale: 'en-US', messages: englishMessages, translationReviewed: true });
/** Machine-assisted and not yet reviewed by a qualified human translator: every page says so. */
export const spanish: Language = defineLanguage({ locale: 'es-US', messages: spanishMessages, translationReviewed: false });

/**
 * The languages the site is published in. English keeps the root addresses (staff have sent
 * them); every other language lives under /<code>/, with its articles in content/<code>/.
 * Adding a language: a catalog in lib/i18n/messages/, a folder of articles, and one line here.
 */
export const LANGUAGES: readonly Language[] = [english, spanish];

export const DEFAULT_LANGUAGE: Language = english;

export function isDefaultLanguage(language: Language): boolean {
  return language.code === DEFAULT_LANGUAGE.code;
}

/** Where a language's pages start: "/" for English, "/es/" for Spanish. */
export function languagePathPrefix(language: Language): string {
  return isDefaultLanguage(language) ? '/' : `/${language.code}/`;
}

/** The language of a page address: /es/disponibilidad/ is Spanish, anything not under a language's folder is English. */
export function languageOfPath(path: string, languages: readonly Language[] = LANGUAGES): Language {
  const first = path.split('/')[1];
  return languages.find((language) => !isDefaultLanguage(language) && language.code === first) ?? DEFAULT_LANGUAGE;
}

/** The languages whose words no qualified translator has reviewed yet: the pages in them say so. */
export function unreviewedLanguages(languages: readonly Language[] = LANGUAGES): Language[] {
  return languages.filter((language) => !isDefaultLanguage(language) && !language.translationReviewed);
}

/** A language's name as a reader of another language writes it: "Spanish" in English, "español" in Spanish. */
export function languageNameIn(named: Language, reader: Language): string {
  return new Intl.DisplayNames([reader.locale], { type: 'language' }).of(named.code) ?? named.name;
}
