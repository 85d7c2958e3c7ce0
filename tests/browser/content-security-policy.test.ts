import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '@/lib/security-headers';
import { builtPages } from '../built/out-dir';
import { launchChromium } from './chromium';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(builtPages())('%s', (pagePath) => {
  it('loads under the site’s Content-Security-Policy with no violation', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    // networkidle: an old address's page moves on with a meta refresh, and the page it lands on counts too.
    const response = await page.goto(`${siteUrl}${pagePath}`, { waitUntil: 'networkidle' });
    // Guards against a test that passes only because no policy was sent.
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const styled = await page.evaluate(() => document.styleSheets.length);
    await page.close();
    expect(violations).toEqual([]);
    expect(styled).toBe(1);
  });
});
