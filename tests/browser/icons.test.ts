import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, it } from 'vitest';
import { readablePages } from './pages';
import { openPage, siteUrl, useChromium } from './session';

const chromium = useChromium();
let context: BrowserContext;

beforeAll(async () => {
  context = await chromium.context({ javaScriptEnabled: false });
});

describe('site icons', () => {
  it('declares a favicon and an apple-touch icon on every page, and each loads as an image', async ({ expect }) => {
    const declared = new Set<string>();
    for (const urlPath of readablePages()) {
      const page = await openPage(context, urlPath);
      const icons = await page.locator('link[rel~="icon"], link[rel="apple-touch-icon"]').evaluateAll((links) =>
        links.map((link) => `${link.getAttribute('rel')} ${(link as HTMLLinkElement).href}`),
      );
      await page.close();
      expect(icons.some((icon) => icon.startsWith('icon ')), `${urlPath} has a favicon`).toBe(true);
      expect(icons.some((icon) => icon.startsWith('apple-touch-icon ')), `${urlPath} has an apple-touch icon`).toBe(true);
      for (const icon of icons) declared.add(icon.split(' ')[1] ?? '');
    }
    for (const url of [...declared, `${siteUrl}/favicon.ico`]) {
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
