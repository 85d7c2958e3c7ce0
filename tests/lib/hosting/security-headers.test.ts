import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NGINX_CONF_FILE } from '@/lib/hosting/build-paths';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY, PAGE_POLICY_META, headersFor } from '@/lib/hosting/security-headers';

// The values README.md and docs/deployers.md decide, written out here once and never computed
// from lib/hosting/security-headers.ts: a weakened value fails here even after `npm run
// deploy-config` has regenerated deploy/nginx.conf from it.
const CSP =
  "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; manifest-src 'self'; connect-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";
const SECURITY_HEADER_VALUES: readonly (readonly [name: string, value: string, reason: string])[] = [
  ['Content-Security-Policy', CSP, 'no script at all, styles and images from the site only, never framed'],
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains', 'HTTPS only for two years (the preload list asks for that), subdomains too'],
  ['X-Content-Type-Options', 'nosniff', 'a file is only ever read as the type the server says'],
  ['Referrer-Policy', 'no-referrer', 'no other site learns which health topic a patient read'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()', 'no page may use the camera, microphone or location, or join ad-interest tracking'],
  ['Cross-Origin-Opener-Policy', 'same-origin', 'a page opened from another site shares no window with it'],
  ['Cross-Origin-Resource-Policy', 'same-origin', 'no other site embeds the site’s pages, images or stylesheet'],
];
const CACHE_HASHED = 'public, max-age=31536000, immutable'; // a hashed file never changes: a year, never asked again
const CACHE_PAGE = 'no-cache'; // a page keeps its address when edited: browsers ask every time
const META_CSP =
  "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; manifest-src 'self'; connect-src 'self'; base-uri 'self'; form-action 'self'; object-src 'none'";

describe('the security values every response carries, stated literally', () => {
  it.each(SECURITY_HEADER_VALUES)('sends %s: %s (%s)', (name, value) => {
    for (const urlPath of ['/', '/after-effects/', '/_next/static/chunks/site.css', '/og/home.png']) {
      expect(headersFor(urlPath).filter(([header]) => header === name)).toEqual([[name, value]]);
    }
  });

  it('sends those headers and Cache-Control, and nothing else', () => {
    const security = SECURITY_HEADER_VALUES.map(([name, value]) => [name, value]);
    expect(headersFor('/after-effects/')).toEqual([...security, ['Cache-Control', CACHE_PAGE]]);
    expect(headersFor('/_next/static/chunks/site.css')).toEqual([...security, ['Cache-Control', CACHE_HASHED]]);
  });

  it('puts the header policy less frame-ancestors, and no-referrer, in each page for hosts that send no headers', () => {
    expect(PAGE_POLICY_META).toEqual([
      { 'http-equiv': 'Content-Security-Policy', content: META_CSP },
      { name: 'referrer', content: 'no-referrer' },
    ]);
  });
});

describe('deploy/nginx.conf as committed', () => {
  const config = readFileSync(NGINX_CONF_FILE, 'utf8');
  const locations = config.split(/^\s*location /m).slice(1);

  it('sends every literal security value in every location, since nginx drops server-level add_header there', () => {
    expect(locations.length).toBeGreaterThan(1);
    for (const block of locations) {
      for (const [name, value] of SECURITY_HEADER_VALUES) expect(block).toContain(`add_header ${name} "${value}" always;`);
    }
  });

  it('caches hashed files for a year and makes everything else revalidate', () => {
    for (const block of locations) {
      const cache = block.startsWith('/_next/static/ ') ? CACHE_HASHED : CACHE_PAGE;
      expect(block).toContain(`add_header Cache-Control "${cache}" always;`);
    }
    expect(locations.filter((block) => block.includes(CACHE_HASHED))).toHaveLength(1);
  });
});

const directive = (name: string) =>
  CONTENT_SECURITY_POLICY.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `));

describe('the Content-Security-Policy', () => {
  it('lets no inline or evaluated script run, and loads script from nowhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(directive('script-src')).toBe("script-src 'none'");
  });

  it('takes styles only from the site and forbids framing, plugins and foreign forms', () => {
    expect(directive('style-src')).toBe("style-src 'self'");
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(directive('base-uri')).toBe("base-uri 'self'");
    expect(directive('form-action')).toBe("form-action 'self'");
  });
});

describe('the policy a page carries itself, for hosts that send no headers', () => {
  it('is the header policy without frame-ancestors, which only a header can carry', () => {
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    const withoutFraming = CONTENT_SECURITY_POLICY.split('; ').filter((part) => !part.startsWith('frame-ancestors '));
    expect(META_CONTENT_SECURITY_POLICY.split('; ')).toEqual(withoutFraming);
  });
});
