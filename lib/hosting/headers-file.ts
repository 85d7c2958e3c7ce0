import { CACHE_HASHED_ASSET, CACHE_REVALIDATE, HASHED_ASSETS_PREFIX, SECURITY_HEADERS, type Header } from './security-headers';

function rule(pattern: string, headers: readonly Header[]): string {
  return [pattern, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
}

/** Cloudflare Pages ignores the rules of a `_headers` file past this many. */
export const HEADERS_FILE_MAX_RULES = 100;

/**
 * The pattern that revalidates a URL: the URL itself at the top level (`/after-effects/`,
 * `/favicon.ico`), one rule per folder below it (`/availability/*` for 51 state pages), so the
 * file stays far below Cloudflare's limit however many pages there are.
 */
function revalidatePattern(urlPath: string): string {
  const folder = /^\/[^/]+\/(?=.)/.exec(urlPath);
  return folder ? `${folder[0]}*` : urlPath;
}

/**
 * One pattern per URL: `/availability/*` also matches `/availability/` itself, so a folder's
 * own rule is left out when the rule for the pages below it exists.
 */
function revalidatePatterns(urlPaths: readonly string[]): string[] {
  const patterns = new Set(urlPaths.map(revalidatePattern));
  return [...patterns].filter((pattern) => !patterns.has(`${pattern}*`));
}

/**
 * A `_headers` file for Netlify and Cloudflare Pages. Both hosts join the values of a header
 * set by two matching rules ("no-cache, no-cache"), so no URL matches two rules that set the
 * same header: the security headers are set under `/*` only, hashed assets get one
 * Cache-Control rule, and the other URLs of the build output (pages and unhashed files) one
 * revalidate rule each. The .gz copies are for nginx: these hosts compress by themselves.
 */
export function renderHeadersFile(urlPaths: readonly string[]): string {
  const revalidated = urlPaths.filter((urlPath) => !urlPath.startsWith(HASHED_ASSETS_PREFIX) && !urlPath.endsWith('.gz'));
  return `${[
    rule('/*', SECURITY_HEADERS),
    rule(`${HASHED_ASSETS_PREFIX}*`, [['Cache-Control', CACHE_HASHED_ASSET]]),
    ...revalidatePatterns(revalidated).map((pattern) => rule(pattern, [['Cache-Control', CACHE_REVALIDATE]])),
  ].join('\n')}\n`;
}
