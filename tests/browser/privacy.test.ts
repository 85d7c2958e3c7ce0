import type { BrowserContext, Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { chromiumForThisFile, siteUrl } from '@/tests/browser/session';

/*
 * What the privacy page (/privacy/, /es/privacidad/) promises: no cookie, and no request to any
 * other site. tests/browser/representative-pages.test.ts looks for both on one page of each kind,
 * in a fresh profile with JavaScript on, and tests/built/every-page.test.ts finds any file a page
 * would fetch from elsewhere on every page. This control shows the browser's way of looking
 * notices both.
 */
const chromium = chromiumForThisFile();
const siteOrigin = new URL(siteUrl).origin;

interface Visit {
  /** Every address the browser asked for while the page loaded. */
  readonly requests: readonly string[];
  readonly cookies: readonly string[];
  readonly documentCookie: string;
}

/** Opens a page in a fresh profile; `after` lets the check be shown to notice what it looks for. */
async function visit(context: BrowserContext, urlPath: string, after?: (page: Page) => Promise<void>): Promise<Visit> {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  // Network idle: the browser has also asked for the icon by then. Not-found pages answer 404, on purpose.
  await page.goto(`${siteUrl}${urlPath}`, { waitUntil: 'networkidle' });
  await after?.(page);
  const documentCookie = await page.evaluate(() => document.cookie);
  const cookies = (await context.cookies()).map((cookie) => `${cookie.name} (${cookie.domain})`);
  return { requests, cookies, documentCookie };
}

function elsewhere(requests: readonly string[]): string[] {
  return requests.filter((url) => new URL(url).origin !== siteOrigin);
}

describe('the privacy promises', () => {
  it('would be broken by a cookie or a request to another site, and the check says so', async ({ expect }) => {
    const context = await chromium.context();
    const { requests, cookies, documentCookie } = await visit(context, '/privacy/', async (page) => {
      await page.evaluate(() => {
        document.cookie = 'tracker=1; path=/';
      });
      // A navigation is the one request the page's own policy cannot stop: made in a second tab.
      const tab = await page.context().newPage();
      await tab.goto('http://127.0.0.2:9/').catch(() => undefined);
      await tab.close();
    });
    await context.close();
    expect(cookies).toEqual([`tracker (${new URL(siteUrl).hostname})`]);
    expect(documentCookie).toBe('tracker=1');
    expect(elsewhere(requests)).toEqual(['http://127.0.0.2:9/']);
  });
});
