import { describe, expect, it } from 'vitest';
import { loadSitePages } from '@/lib/site/site-pages';
import { chromiumForThisFile, siteUrl } from '@/tests/browser/session';

const pages = await loadSitePages();
const chromium = chromiumForThisFile();

describe('link-preview images from the server', () => {
  it('serves every page’s image as image/png', async () => {
    const answers = await Promise.all(
      pages.map(async ({ image }) => {
        const response = await fetch(`${siteUrl}${image}`);
        return `${image}: ${response.status} ${response.headers.get('content-type')}`;
      }),
    );
    expect(answers).toEqual(pages.map(({ image }) => `${image}: 200 image/png`));
  });
});

describe('section links in a real browser', () => {
  it('are at least 24 by 24 pixels and take the reader to their section', async () => {
    const context = await chromium.context({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
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
    await context.close();
  });
});
