import type { Language } from '@/lib/i18n/language';
import { DEFAULT_LANGUAGE, LANGUAGES } from '@/lib/i18n/languages';
import { CONTENT_DIR } from './content-paths';

/** Keeps each result for the life of the process: once per build, however many pages ask. */
function oncePerKey<Args extends unknown[], T>(keyOf: (...args: Args) => string, load: (...args: Args) => Promise<T>): (...args: Args) => Promise<T> {
  const loaded = new Map<string, Promise<T>>();
  return (...args) => {
    const key = keyOf(...args);
    let result = loaded.get(key);
    if (!result) {
      result = load(...args);
      loaded.set(key, result);
    }
    return result;
  };
}

/**
 * A loader that reads and checks each content folder once per build, however many pages ask
 * for it. A failure is kept too, so every page reports the same problems.
 */
export function oncePerContentFolder<T>(load: (contentDir: string) => Promise<T>): (contentDir?: string) => Promise<T> {
  const once = oncePerKey((contentDir: string) => contentDir, load);
  return (contentDir = CONTENT_DIR) => once(contentDir);
}

/**
 * The same, for what is read once per language of a content folder: the articles of
 * content/es/. The site's languages are part of the key, since content/ holds their folders.
 */
export function oncePerLanguage<T>(
  load: (contentDir: string, language: Language, languages: readonly Language[]) => Promise<T>,
): (contentDir?: string, language?: Language, languages?: readonly Language[]) => Promise<T> {
  const once = oncePerKey(
    (contentDir: string, language: Language, languages: readonly Language[]) =>
      [contentDir, language.code, ...languages.map((other) => other.code)].join('\n'),
    load,
  );
  return (contentDir = CONTENT_DIR, language = DEFAULT_LANGUAGE, languages = LANGUAGES) => once(contentDir, language, languages);
}
