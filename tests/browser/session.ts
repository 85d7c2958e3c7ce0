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

/** A browser profile with one tab, kept for one visit after another. */
export interface Tab {
  readonly context: BrowserContext;
  readonly page: Page;
}

/**
 * Tabs to visit one page after another in, each in a profile of its own, so two visits at once
 * never share cookies. A tab is kept for the next visit (a new profile and tab cost more than the
 * checks of a small page, and the browser compiles axe again in each new tab), so each visit
 * starts as in a fresh profile: the cache is off (everything a page uses is fetched and logged),
 * and the cookies are cleared after it. A visit that throws may leave its tab in any state: the
 * tab is closed, and the next visit gets a new one.
 */
export function reusableTabs(
  chromium: ReturnType<typeof chromiumForThisFile>,
  options: BrowserContextOptions,
  prepare: (context: BrowserContext) => Promise<void> = async () => {},
): <T>(visit: (tab: Tab) => Promise<T>) => Promise<T> {
  const idle: Tab[] = [];
  async function open(): Promise<Tab> {
    const context = await chromium.context(options);
    await prepare(context);
    const page = await context.newPage();
    const devtools = await context.newCDPSession(page);
    await devtools.send('Network.enable');
    await devtools.send('Network.setCacheDisabled', { cacheDisabled: true });
    return { context, page };
  }
  return async (visit) => {
    const tab = idle.pop() ?? (await open());
    try {
      const result = await visit(tab);
      await tab.context.clearCookies();
      idle.push(tab);
      return result;
    } catch (error) {
      await tab.context.close();
      throw error;
    }
  };
}

/** Opens a site page in its own tab and fails clearly if the server did not serve it. */
export async function openPage(context: BrowserContext, urlPath: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(`${siteUrl}${urlPath}`, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`${urlPath} answered ${response?.status() ?? 'nothing'} instead of a page`);
  return page;
}
