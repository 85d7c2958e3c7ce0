import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY, PAGE_POLICY_META, REFERRER_POLICY, SECURITY_HEADERS } from '@/lib/hosting/security-headers';

/** The directives of a policy, by name. */
function directives(policy: string): Map<string, string> {
  return new Map(policy.split(';').map((part) => part.trim().split(/\s+(.*)/s) as [string, string]));
}

// The privacy page (lib/i18n/languages/en-trust-pages.ts) says these things of the site; the
// browser test proves them page by page, and this says which part of the policy keeps them true.
describe('what the privacy page promises, in the policy every page carries', () => {
  it.each([
    ['the header', CONTENT_SECURITY_POLICY],
    ['the <meta> of each page', META_CONTENT_SECURITY_POLICY],
  ])('"It runs no JavaScript" and "loads nothing from other websites", in %s', (_, policy) => {
    const policyOf = directives(policy);
    expect(policyOf.get('default-src')).toBe("'none'");
    expect(policyOf.get('script-src')).toBe("'none'");
    for (const kind of ['style-src', 'img-src', 'font-src', 'connect-src', 'manifest-src', 'form-action']) {
      expect(policyOf.get(kind), kind).toBe("'self'");
    }
  });

  it('"your browser does not tell the other website which page you came from", by header and by <meta>', () => {
    expect(REFERRER_POLICY).toBe('no-referrer');
    expect(SECURITY_HEADERS).toContainEqual(['Referrer-Policy', 'no-referrer']);
    expect(PAGE_POLICY_META).toContainEqual({ name: 'referrer', content: 'no-referrer' });
  });
});
