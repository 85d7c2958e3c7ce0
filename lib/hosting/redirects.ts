import { LANGUAGES, languagePathPrefix } from '@/lib/i18n/languages';
import type { Article } from '@/lib/content/articles';
import { listAliases } from '@/lib/site/aliases';

/** A permanent move from an old address to the page now at it. Hosts that can redirect use these. */
export interface Redirect {
  readonly from: string;
  readonly to: string;
}

/**
 * Each old address, with and without its final slash, since a host matches the path as typed.
 * The static pages at the old addresses stay too, for hosts that ignore these rules.
 */
export function listRedirects(articles: readonly Article[]): Redirect[] {
  return listAliases(articles).flatMap((alias) => [
    { from: alias.path, to: alias.target.path },
    { from: alias.path.replace(/\/$/, ''), to: alias.target.path },
  ]);
}

/**
 * Cloudflare Pages serves every name.html at /name too, so /404 (and /es/404) would show a
 * not-found page with status 200. These rewrites send them to an address that can never exist
 * (no page name starts with "_"), in the same folder, which answers 404 with that folder's
 * not-found page like any unknown address there. Netlify applies
 * no rule where a file exists, so there /404 stays a 200 page that tells search engines not to
 * index it.
 */
function notFoundPageRewrites(): string {
  return LANGUAGES.map((language) => `${languagePathPrefix(language)}404 ${languagePathPrefix(language)}_not-found 200\n`).join('');
}

/**
 * The build writes a .gz copy beside every text file for nginx (gzip_static). Cloudflare
 * compresses by itself and would serve each copy at its own address (/index.html.gz, a
 * download), so these rewrites answer them 404 like any unknown address, with the not-found
 * page of their language's folder. Cloudflare takes the first rule that matches, so the
 * language folders come before the root.
 */
function precompressedCopyRewrites(): string {
  const prefixes = LANGUAGES.map(languagePathPrefix).sort((a, b) => b.length - a.length);
  return prefixes.map((prefix) => `${prefix}*.gz ${prefix}_not-found 200\n`).join('');
}

/**
 * The `_redirects` file Cloudflare Pages and Netlify read from the site folder: "from to 301",
 * one a line. Rules with a `*` come last: Cloudflare looks up the others by address, but only
 * those above the first `*`.
 */
export function redirectsFile(redirects: readonly Redirect[]): string {
  return `${redirects.map((redirect) => `${redirect.from} ${redirect.to} 301\n`).join('')}${notFoundPageRewrites()}${precompressedCopyRewrites()}`;
}
