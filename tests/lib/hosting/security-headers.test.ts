import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY, PAGE_POLICY_META, headersFor } from '@/lib/hosting/security-headers';

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

  it('is a content security policy and the no-referrer policy, in <meta> attributes', () => {
    expect(PAGE_POLICY_META).toEqual([
      { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
      { name: 'referrer', content: 'no-referrer' },
    ]);
  });
});

describe('headersFor', () => {
  const asObject = (urlPath: string) => Object.fromEntries(headersFor(urlPath));

  it('never tells other sites which health topic a patient was reading', () => {
    expect(asObject('/after-effects/')['Referrer-Policy']).toBe('no-referrer');
  });

  it('denies camera, microphone, location and interest cohorts', () => {
    const policy = asObject('/')['Permissions-Policy'] ?? '';
    for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'interest-cohort=()']) expect(policy).toContain(feature);
  });

  it('caches hashed assets for a year and makes pages revalidate', () => {
    expect(asObject('/_next/static/chunks/site.css')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(asObject('/after-effects/')['Cache-Control']).toBe('no-cache');
    expect(asObject('/favicon.ico')['Cache-Control']).toBe('no-cache');
  });

  it('lets no other site embed the site’s pages, images or stylesheet', () => {
    expect(asObject('/og/home.png')['Cross-Origin-Resource-Policy']).toBe('same-origin');
  });

  it('sends the same security headers on every path', () => {
    const names = (urlPath: string) => headersFor(urlPath).map(([name]) => name);
    expect(names('/_next/static/chunks/site.css')).toEqual(names('/'));
    expect(names('/')).toEqual(
      expect.arrayContaining(['Strict-Transport-Security', 'X-Content-Type-Options', 'Cross-Origin-Opener-Policy', 'Content-Security-Policy']),
    );
  });
});
