import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, headersFor } from '@/lib/hosting/security-headers';

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

  it('sends the same security headers on every path', () => {
    const names = (urlPath: string) => headersFor(urlPath).map(([name]) => name);
    expect(names('/_next/static/chunks/site.css')).toEqual(names('/'));
    expect(names('/')).toEqual(
      expect.arrayContaining(['Strict-Transport-Security', 'X-Content-Type-Options', 'Cross-Origin-Opener-Policy', 'Content-Security-Policy']),
    );
  });
});
