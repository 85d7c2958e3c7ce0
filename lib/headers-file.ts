import { CACHE_HASHED_ASSET, CACHE_REVALIDATE, HASHED_ASSETS_PREFIX, SECURITY_HEADERS, type Header } from './security-headers';

function rule(pattern: string, headers: readonly Header[]): string {
  return [pattern, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
}

/**
 * A `_headers` file for Netlify and Cloudflare Pages. Both hosts join the values of a header
 * set by two matching rules, so Cache-Control is never set under `/*`: hashed assets get one
 * rule, and every other URL (pages and unhashed files, from the build output) gets its own.
 */
export function renderHeadersFile(urlPaths: readonly string[]): string {
  const revalidated = urlPaths.filter((urlPath) => !urlPath.startsWith(HASHED_ASSETS_PREFIX));
  return `${[
    rule('/*', SECURITY_HEADERS),
    rule(`${HASHED_ASSETS_PREFIX}*`, [['Cache-Control', CACHE_HASHED_ASSET]]),
    ...revalidated.map((urlPath) => rule(urlPath, [['Cache-Control', CACHE_REVALIDATE]])),
  ].join('\n')}\n`;
}
