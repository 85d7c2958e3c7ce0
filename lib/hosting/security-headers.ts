/**
 * The HTTP headers every response from the site carries, defined once. The Netlify/Cloudflare
 * `_headers` file, the nginx configuration and the local preview server are all generated from
 * this module, so a change here reaches every host.
 */

/**
 * Pages ship no script at all and style comes only from the site's one CSS file, so the
 * policy can deny everything else outright.
 */
const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'none'"],
  ['script-src', "'none'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['manifest-src', "'self'"],
  // Only script opens connections, and no script runs; allowing the site's own origin lets tools
  // that fetch from inside the page (Lighthouse reads /robots.txt this way) work.
  ['connect-src', "'self'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
  ['object-src', "'none'"],
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

export type Header = readonly [name: string, value: string];

export const SECURITY_HEADERS: readonly Header[] = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  // Two years, the length the HSTS preload list asks for.
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  // Article addresses name health topics: never tell another site which page a patient read.
  ['Referrer-Policy', 'no-referrer'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** Next.js puts a content hash in every file name under this folder, so a URL never changes content. */
export const HASHED_ASSETS_PREFIX = '/_next/static/';

export const CACHE_HASHED_ASSET = 'public, max-age=31536000, immutable';
/** Pages keep their address when an editor changes them, so browsers must ask every time. */
export const CACHE_REVALIDATE = 'no-cache';

export function cacheControlFor(urlPath: string): string {
  return urlPath.startsWith(HASHED_ASSETS_PREFIX) ? CACHE_HASHED_ASSET : CACHE_REVALIDATE;
}

/** Everything a response for this path must carry. */
export function headersFor(urlPath: string): Header[] {
  return [...SECURITY_HEADERS, ['Cache-Control', cacheControlFor(urlPath)]];
}
