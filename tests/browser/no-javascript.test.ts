import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, it } from 'vitest';
import { ariaNodes } from './aria-tree';
import { readablePages } from './pages';
import { openPage, siteUrl, chromiumForThisFile } from './session';

const chromium = chromiumForThisFile();
let withScripts: BrowserContext;
let withoutScripts: BrowserContext;

beforeAll(async () => {
  withScripts = await chromium.context();
  withoutScripts = await chromium.context({ javaScriptEnabled: false });
});

/** What a reader gets from a page: its words and where its links go. */
async function readerView(page: Page) {
  const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ').trim();
  const links = (await ariaNodes(page)).filter((node) => node.role === 'link').map((link) => `${link.name} → ${link.url}`);
  return { text, links };
}

const FOLLOWING_TABS = 4;

/** Each destination is followed once, from the first page that links to it. */
const followed = new Set<string>();

/** Follows a link with the keyboard (which also reaches the skip link) and says what went wrong, if anything. */
async function follow(page: Page, pageUrl: string, href: string): Promise<string | undefined> {
  const target = new URL(href, pageUrl);
  // Back is what a reader does, and the browser serves it from its cache.
  if (page.url() !== pageUrl) await page.goBack();
  if (page.url() !== pageUrl) await page.goto(pageUrl);
  const link = page.locator(`a[href="${href}"]`).first();
  await link.focus();
  if (target.pathname === new URL(pageUrl).pathname) {
    await link.press('Enter');
    await page.waitForURL(target.href);
  } else {
    const navigation = page.waitForResponse((response) => response.request().isNavigationRequest());
    await link.press('Enter');
    const response = await navigation;
    if (response.status() !== 200) return `${href}: answered ${response.status()}`;
    await page.waitForURL(target.href);
    if ((await page.locator('h1').count()) !== 1) return `${href}: the page has no h1`;
  }
  if (target.hash && (await page.locator(`[id="${decodeURIComponent(target.hash.slice(1))}"]`).count()) !== 1) {
    return `${href}: no element with id ${target.hash}`;
  }
  return undefined;
}

describe.concurrent.each(readablePages())('%s', (urlPath) => {
  it('shows the same text and the same links with JavaScript off as with it on', async ({ expect }) => {
    const [on, off] = await Promise.all([openPage(withScripts, urlPath), openPage(withoutScripts, urlPath)]);
    // Wait for the page's own scripts to finish whatever they do to the page.
    await on.waitForLoadState('networkidle');
    const [viewOn, viewOff] = await Promise.all([readerView(on), readerView(off)]);
    await Promise.all([on.close(), off.close()]);
    expect(viewOff.text).toBe(viewOn.text);
    expect(viewOff.links).toEqual(viewOn.links);
  });

  it('follows every link on the page with JavaScript off', async ({ expect }) => {
    const page = await openPage(withoutScripts, urlPath);
    const pageUrl = page.url();
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    await page.close();
    const queue = [...new Set(hrefs)].filter((href) => {
      const target = new URL(href, pageUrl);
      // Other sites, phone numbers and e-mail addresses are not this site's to test.
      if (target.origin !== siteUrl) return false;
      const key = target.pathname === new URL(pageUrl).pathname ? `${pageUrl} ${target.hash}` : target.href;
      if (followed.has(key)) return false;
      followed.add(key);
      return true;
    });
    // A page that lists every state links to 51 pages: a few tabs share the walk.
    const problems: string[] = [];
    await Promise.all(
      Array.from({ length: Math.min(FOLLOWING_TABS, queue.length) }, async () => {
        const tab = await openPage(withoutScripts, urlPath);
        for (let href = queue.shift(); href !== undefined; href = queue.shift()) {
          const problem = await follow(tab, pageUrl, href);
          if (problem) problems.push(problem);
        }
        await tab.close();
      }),
    );
    expect(problems).toEqual([]);
    // The state list alone links to 51 pages.
  }, 180_000);
});
