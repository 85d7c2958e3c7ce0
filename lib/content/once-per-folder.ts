import type { Language } from '@/lib/i18n/language';
import { DEFAULT_LANGUAGE, LANGUAGES } from '@/lib/i18n/languages';
import { CONTENT_DIR } from './content-paths';
import { contentVersion, isLivePreview } from './content-version';

/**
 * Keeps each result for the life of the process: once per build, however many pages ask. In the
 * editors' preview (`npm run dev`) a result is kept only while the content folder is unchanged,
 * so a saved file shows on the next reload without restarting the server.
 */
export function oncePerContent<Rest extends unknown[], T>(
  keyOf: (contentDir: string, ...rest: Rest) => string,
  load: (contentDir: string, ...rest: Rest) => Promise<T>,
): (contentDir: string, ...rest: Rest) => Promise<T> {
  const loaded = new Map<string, { version: string | undefined; result: Promise<T> }>();
  const kept = (version: string | undefined, contentDir: string, rest: Rest): Promise<T> => {
    const key = keyOf(contentDir, ...rest);
    const entry = loaded.get(key);
    if (entry && entry.version === version) return entry.result;
    // One entry per key: the preview keeps the newest reading, not every one since it started.
    const result = load(contentDir, ...rest);
    loaded.set(key, { version, result });
    return result;
  };
  return (contentDir, ...rest) => {
    if (!isLivePreview()) return kept(undefined, contentDir, rest);
    return contentVersion(contentDir).then((version) => kept(version, contentDir, rest));
  };
}

/**
 * A loader that reads and checks each content folder once per build, however many pages ask
 * for it. A failure is kept too, so every page reports the same problems.
 */
export function oncePerContentFolder<T>(load: (contentDir: string) => Promise<T>): (contentDir?: string) => Promise<T> {
  const once = oncePerContent((contentDir) => contentDir, load);
  return (contentDir = CONTENT_DIR) => once(contentDir);
}

/**
 * The same, for what is read once per language of a content folder: the articles of
 * content/es/. The site's languages are part of the key, since content/ holds their folders.
 */
export function oncePerLanguage<T>(
  load: (contentDir: string, language: Language, languages: readonly Language[]) => Promise<T>,
): (contentDir?: string, language?: Language, languages?: readonly Language[]) => Promise<T> {
  const once = oncePerContent(
    (contentDir, language: Language, languages: readonly Language[]) =>
      [contentDir, language.code, ...languages.map((other) => other.code)].join('\n'),
    load,
  );
  return (contentDir = CONTENT_DIR, language = DEFAULT_LANGUAGE, languages = LANGUAGES) => once(contentDir, language, languages);
}
