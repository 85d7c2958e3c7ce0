import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { builtPages } from '../built/out-dir';
import { launchChromium } from '@/harness/chromium';
import { waitForMetaRefresh } from './pages';

const siteUrl = inject('siteUrl');
const beforeStripUrl = inject('beforeStripUrl');
let browser: Browser;
let original: BrowserContext;
let stripped: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  // The original page runs its runtime, which the site's policy would block: compare it as it was.
  original = await browser.newContext({ bypassCSP: true });
  stripped = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

interface Visible {
  title: string;
  text: string;
  links: string[];
  scripts: number;
}

/** What a reader perceives (the title, the rendered text, every link and its target), and how many scripts ran. */
async function visible(page: Page, url: string): Promise<Visible> {
  // networkidle: the original's runtime has finished.
  await page.goto(url, { waitUntil: 'networkidle' });
  await waitForMetaRefresh(page, new URL(url).pathname);
  return page.evaluate(() => ({
    title: document.title,
    text: document.body.innerText,
    links: [...document.querySelectorAll('a[href]')].map((link) => `${(link as HTMLElement).innerText} -> ${link.getAttribute('href')}`),
    scripts: document.querySelectorAll('script:not([type="application/ld+json"])').length,
  }));
}

// Concurrent: most of each test is the network-idle wait, which overlaps well.
describe.concurrent.each(builtPages())('%s', (pagePath) => {
  it('shows the same text and links as the page Next exported with its runtime', async ({ expect }) => {
    const pages = await Promise.all([original.newPage(), stripped.newPage()]);
    const [before, after] = await Promise.all([
      visible(pages[0], `${beforeStripUrl}${pagePath}`),
      visible(pages[1], `${siteUrl}${pagePath}`),
    ]);
    await Promise.all(pages.map((page) => page.close()));
    expect(before.scripts, 'the original page should still carry the runtime').toBeGreaterThan(0);
    expect(after.scripts).toBe(0);
    expect(before.text.length).toBeGreaterThan(200);
    expect({ ...after, scripts: undefined }).toEqual({ ...before, scripts: undefined });
  });
});
