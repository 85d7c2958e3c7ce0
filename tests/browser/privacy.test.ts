import type { BrowserContext, Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { builtPages } from '../built/out-dir';
import { waitForMetaRefresh } from './pages';
import { chromiumForThisFile, siteUrl } from './session';

/*
 * What the privacy page (/privacy/, /es/privacidad/) promises, on every page a host serves: no
 * cookie, and no request to any other site (no font, script, image or analytics from elsewhere).
 * Each page gets a fresh browser profile with JavaScript on, so a cookie or request is the
 * page's own, and a script that set one would have run.
 */
const chromium = chromiumForThisFile();
const siteOrigin = new URL(siteUrl).origin;
// Every HTML file, old addresses (which move on to their page) and not-found pages included.
const pages = builtPages();

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
  await waitForMetaRefresh(page, urlPath);
  await after?.(page);
  const documentCookie = await page.evaluate(() => document.cookie);
  const cookies = (await context.cookies()).map((cookie) => `${cookie.name} (${cookie.domain})`);
  return { requests, cookies, documentCookie };
}

function elsewhere(requests: readonly string[]): string[] {
  return requests.filter((url) => new URL(url).origin !== siteOrigin);
}

describe('the privacy promises', () => {
  it('are checked on every page in out/', ({ expect }) => {
    expect(pages.length).toBeGreaterThan(130);
    expect(pages).toEqual(expect.arrayContaining(['/privacy/', '/es/privacidad/', '/404.html', '/es/404.html']));
  });

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

describe.concurrent.each(pages)('%s', (urlPath) => {
  it('sets no cookie and asks no other site for anything', async ({ expect }) => {
    const context = await chromium.context();
    const { requests, cookies, documentCookie } = await visit(context, urlPath);
    await context.close();
    expect(requests.length, 'the page and what it loads').toBeGreaterThan(1);
    expect(elsewhere(requests), 'requests to other sites').toEqual([]);
    expect(cookies, 'cookies in the browser').toEqual([]);
    expect(documentCookie, 'document.cookie').toBe('');
  });
});
