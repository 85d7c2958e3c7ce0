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

const policyOf = (directives: typeof CSP_DIRECTIVES) => directives.map(([name, value]) => `${name} ${value}`).join('; ');

export const CONTENT_SECURITY_POLICY = policyOf(CSP_DIRECTIVES);

/**
 * Browsers ignore these in a policy delivered by <meta> (CSP Level 3, section 3.3): framing
 * can only be refused by a header, so on a host that sends none the page can still be framed.
 */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = ['frame-ancestors', 'report-uri', 'sandbox'];

/** The same policy for <meta http-equiv="Content-Security-Policy">, less what a meta policy cannot carry. */
export const META_CONTENT_SECURITY_POLICY = policyOf(CSP_DIRECTIVES.filter(([name]) => !HEADER_ONLY_DIRECTIVES.includes(name)));

/** Article addresses name health topics: never tell another site which page a patient read. */
export const REFERRER_POLICY = 'no-referrer';

export type Header = readonly [name: string, value: string];

export const SECURITY_HEADERS: readonly Header[] = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  // Two years, the length the HSTS preload list asks for.
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', REFERRER_POLICY],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  // No other site may embed the site's files (its pages, images or stylesheet) in its own pages.
  ['Cross-Origin-Resource-Policy', 'same-origin'],
];

/**
 * What a page carries in its own <head>, for hosts that send no headers at all (GitHub Pages,
 * S3, many shared hosts): the policy above as far as a <meta> can express it, and the referrer
 * policy. scripts/postbuild.ts writes them into every page.
 */
export const PAGE_POLICY_META: readonly Readonly<Record<string, string>>[] = [
  { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
  { name: 'referrer', content: REFERRER_POLICY },
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
