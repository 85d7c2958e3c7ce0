import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, it } from 'vitest';
import { openPage, siteUrl, chromiumForThisFile } from '@/tests/browser/session';

const chromium = chromiumForThisFile();
let context: BrowserContext;

beforeAll(async () => {
  context = await chromium.context({ javaScriptEnabled: false });
});

// Every page shares the layout that declares the icons; the representative-page visit proves none of them 404s on any kind of page.
describe('site icons', () => {
  it('declares a favicon and an apple-touch icon that load as images, and serves /favicon.ico for tools that just ask', async ({ expect }) => {
    const page = await openPage(context, '/');
    const icons = await page.locator('link[rel~="icon"], link[rel="apple-touch-icon"]').evaluateAll((links) =>
      links.map((link) => ({ rel: link.getAttribute('rel'), url: (link as HTMLLinkElement).href })),
    );
    await page.close();
    expect(icons.map((icon) => icon.rel)).toEqual(expect.arrayContaining(['icon', 'apple-touch-icon']));
    for (const url of [...icons.map((icon) => icon.url), `${siteUrl}/favicon.ico`]) {
      const response = await context.request.get(url);
      expect(response.status(), url).toBe(200);
      expect(response.headers()['content-type'], url).toMatch(/^image\//);
    }
  });

  it('draws the apple-touch icon at 180 × 180 px, the size iPhones ask for', async ({ expect }) => {
    const page = await openPage(context, '/');
    const href = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
    await page.goto(new URL(href ?? '', siteUrl).href);
    const size = await page.locator('img').evaluate((image: HTMLImageElement) => [image.naturalWidth, image.naturalHeight]);
    await page.close();
    expect(size).toEqual([180, 180]);
  });
});
