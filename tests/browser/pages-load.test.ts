import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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
  it('loads with no console errors and no failed requests', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      // The 404 page itself is served with status 404 by design; anything else it pulls in must load.
      if (response.status() >= 400 && response.url() !== page.url()) problems.push(`${response.status()}: ${response.url()}`);
    });
    await page.goto(`${siteUrl}${pagePath}`, { waitUntil: 'networkidle' });
    await page.close();
    expect(problems).toEqual([]);
  });
});
