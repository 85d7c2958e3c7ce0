import { CACHE_HASHED_ASSET, CACHE_REVALIDATE, HASHED_ASSETS_PREFIX, SECURITY_HEADERS, type Header } from './security-headers';

/** Cloudflare Pages ignores the rules of a `_headers` file past this many. */
export const HEADERS_FILE_MAX_RULES = 100;

/**
 * Cloudflare Pages adds `Access-Control-Allow-Origin: *` to every response, which would let any
 * other site's script read the pages. The site never asked for that, so every rule that covers
 * all addresses takes it off again.
 */
const DETACHED_HEADERS: readonly string[] = ['Access-Control-Allow-Origin'];

function rule(pattern: string, headers: readonly Header[], detached: readonly string[] = []): string {
  return [pattern, ...headers.map(([name, value]) => `  ${name}: ${value}`), ...detached.map((name) => `  ! ${name}`)].join('\n');
}

/**
 * A `_headers` file for Cloudflare Pages. `/*` matches every response, whatever its status and
 * whether a file exists (pages, files, redirects, 404, 405, 304): the security headers and a
 * Cache-Control that makes browsers revalidate. Cloudflare applies the matching rules in order,
 * and `! Cache-Control` in a later rule removes the earlier value, so the hashed assets end with
 * only their year-long Cache-Control. Netlify skips `!` lines, so there the two values join
 * (`no-cache, public, max-age=31536000, immutable`) and browsers revalidate the hashed files too.
 */
export function renderHeadersFile(): string {
  return `${[
    rule('/*', [...SECURITY_HEADERS, ['Cache-Control', CACHE_REVALIDATE]], DETACHED_HEADERS),
    rule(`${HASHED_ASSETS_PREFIX}*`, [['Cache-Control', CACHE_HASHED_ASSET]], ['Cache-Control']),
  ].join('\n')}\n`;
}
