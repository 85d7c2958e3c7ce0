import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listAliases } from '@/lib/site/aliases';
import { loadArticles } from '@/lib/content/articles';
import { loadSitePages } from '@/lib/site/site-pages';
import { launchChromium } from '@/harness/chromium';

const siteUrl = inject('siteUrl');
const aliases = listAliases(await loadArticles());
const pages = await loadSitePages();
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('old addresses in a real browser', () => {
  it.each(aliases.map((alias) => [alias.path, alias] as const))('%s opens its article', async (urlPath, alias) => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}${urlPath}`);
    await page.waitForURL(`${siteUrl}${alias.target.path}`);
    expect(await page.locator('h1').textContent()).toBe(alias.target.title);
    await page.close();
  });
});

describe('link-preview images from the server', () => {
  it.each(pages.map((page) => [page.image] as const))('%s is served as image/png', async (image) => {
    const response = await fetch(`${siteUrl}${image}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
  });
});

describe('section links in a real browser', () => {
  it('are at least 24 by 24 pixels and take the reader to their section', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const article = pages.find((entry) => entry.path === '/after-effects/');
    await page.goto(`${siteUrl}${article?.path}`);
    const links = page.locator('main a[aria-label^="Link to section:"]');
    expect(await links.count()).toBeGreaterThan(0);
    for (const box of await links.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON()))) {
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    const first = links.first();
    const target = (await first.getAttribute('href')) ?? '';
    await first.click();
    expect(new URL(page.url()).hash).toBe(target);
    await page.close();
  });
});
