import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, it } from 'vitest';
import { loadArticles } from '@/lib/content/articles';
import { CONTENT_DIR } from '@/lib/content/content-paths';
import { LANGUAGES } from '@/lib/i18n/languages';
import { fixedRoutes } from '@/lib/routes/fixed-routes';
import { absoluteUrl } from '@/lib/routes/site-url';
import { PRINT_DIALOG_MARGINS, pdfPageCount } from '@/tests/browser/pdf';
import { openPage, chromiumForThisFile } from '@/tests/browser/session';

const guides = await Promise.all(
  LANGUAGES.map(async (language) => ({ language: language.code, path: fixedRoutes(language).guide, articles: await loadArticles(CONTENT_DIR, language) })),
);

const chromium = chromiumForThisFile();
let context: BrowserContext;

beforeAll(async () => {
  // Twice the pixels of a plain screen, as a phone camera sees more than one pixel per square.
  // The dark scheme proves the code stays dark on light, the only way round most cameras read.
  context = await chromium.context({ javaScriptEnabled: false, deviceScaleFactor: 2, colorScheme: 'dark' });
});

/** What a phone camera reads from one QR code on the page, from a screenshot of it. */
async function decodeCode(page: Page, topic: number): Promise<string | undefined> {
  const screenshot = await page.locator('main section').nth(topic).locator('svg').screenshot();
  const { data, width, height } = PNG.sync.read(screenshot);
  return jsQR(new Uint8ClampedArray(data), width, height, { inversionAttempts: 'dontInvert' })?.data;
}

describe.each(guides)('the printable guide in $language ($path)', ({ path, articles }) => {
  it("has each topic in reading order, each with a QR code that opens that topic's page and its address under it", async ({ expect }) => {
    const page = await openPage(context, path);
    const titles = await page.locator('main section h2').allInnerTexts();
    expect(titles).toEqual(articles.map((article) => article.title));
    for (const [index, article] of articles.entries()) {
      const address = absoluteUrl(article.path);
      expect(await decodeCode(page, index), article.path).toBe(address);
      expect(await page.locator('main section').nth(index).locator('figcaption').innerText()).toContain(address);
    }
    await page.close();
  });

  it('starts each topic on a new sheet of paper, on Letter and on A4', async ({ expect }) => {
    const page = await openPage(context, path);
    await page.emulateMedia({ media: 'print' });
    const breaks = await page.locator('main section').evaluateAll((sections) => sections.map((section) => getComputedStyle(section).breakBefore));
    expect(breaks).toEqual(articles.map(() => 'page'));
    for (const format of ['Letter', 'A4']) {
      // The contents sheet, then at least one sheet per topic.
      expect(pdfPageCount(await page.pdf({ format, margin: PRINT_DIALOG_MARGINS })), format).toBeGreaterThanOrEqual(articles.length + 1);
    }
    await page.close();
  });
});
