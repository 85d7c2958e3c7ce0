import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '@/harness/chromium';

export const siteUrl = inject('siteUrl');

/**
 * One Chromium per test file, started before its tests and closed after them. Test files run in
 * parallel, so each gets its own browser rather than sharing one across workers.
 */
export function chromiumForThisFile(): { context: (options?: BrowserContextOptions) => Promise<BrowserContext> } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    context: (options) => {
      if (!browser) throw new Error('Chromium is not running yet: create contexts in beforeAll or in a test.');
      return browser.newContext(options);
    },
  };
}

/** Opens a site page in its own tab and fails clearly if the server did not serve it. */
export async function openPage(context: BrowserContext, urlPath: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(`${siteUrl}${urlPath}`, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`${urlPath} answered ${response?.status() ?? 'nothing'} instead of a page`);
  return page;
}
