import { languagePathPrefix } from '@/lib/i18n/languages';
import type { Language } from '@/lib/i18n/language';

/** The segments of the catch-all route and the page address they stand for: ['es', 'disponibilidad'] ↔ /es/disponibilidad/. */
export function pathFromSegments(segments: readonly string[] | undefined): string {
  return segments && segments.length > 0 ? `/${segments.map(decodeURIComponent).join('/')}/` : '/';
}

export function segmentsOf(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/**
 * Where a language's not-found page is rendered before the build moves it to <folder>404.html,
 * the file hosts serve for a missing address under that folder. English uses Next's own 404.html.
 */
export function notFoundRoute(language: Language): string {
  return `${languagePathPrefix(language)}404/`;
}

/** The file hosts serve for a missing address in a language: 404.html, es/404.html. */
export function notFoundFile(language: Language): string {
  return `${languagePathPrefix(language).slice(1)}404.html`;
}
