import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '@/lib/hosting/security-headers';
import { builtPages } from '../built/out-dir';
import { launchChromium } from '@/harness/chromium';
import { waitForMetaRefresh } from './pages';

const siteUrl = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.concurrent.each(builtPages())('%s', (pagePath) => {
  it('loads under the site’s Content-Security-Policy with no violation', async ({ expect }) => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto(`${siteUrl}${pagePath}`, { waitUntil: 'networkidle' });
    // Guards against a test that passes only because no policy was sent.
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    // The page an old address lands on counts too.
    await waitForMetaRefresh(page, pagePath);
    const styled = await page.evaluate(() => document.styleSheets.length);
    await page.close();
    expect(violations).toEqual([]);
    expect(styled).toBe(1);
  });
});
