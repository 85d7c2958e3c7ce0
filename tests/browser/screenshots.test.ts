import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { loadArticles } from '@/lib/content/articles';
import { english } from '@/lib/i18n/languages';
import { fixedRoutes } from '@/lib/routes/fixed-routes';
import { sampleArticle } from '@/tests/browser/pages';
import { PRINT_DIALOG_MARGINS, pdfPageCount } from '@/tests/browser/pdf';
import { openPage, chromiumForThisFile } from '@/tests/browser/session';

/** For a person to look at; test-results/ is not committed. */
const SCREENSHOT_DIR = path.join(process.cwd(), 'test-results', 'screenshots');
const PAGES = { home: '/', article: sampleArticle() };
const WIDTHS = [320, 1280];

const chromium = chromiumForThisFile();
let context: BrowserContext;

beforeAll(async () => {
  rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  context = await chromium.context({ javaScriptEnabled: false });
});
afterAll(() => {
  console.log(`Screenshots of ${Object.values(PAGES).join(' and ')} at ${WIDTHS.join(' and ')} px, a printed article and the printed guide: ${SCREENSHOT_DIR}`);
});

/** Width of a PNG in pixels, from its header. */
function pngWidth(file: string): number {
  return readFileSync(file).readUInt32BE(16);
}

describe('screenshots for review', () => {
  it.for(Object.entries(PAGES).flatMap(([name, urlPath]) => WIDTHS.map((width) => [name, urlPath, width] as const)))(
    'writes the %s page (%s) at %i px wide',
    async ([name, urlPath, width], { expect }) => {
      const page = await openPage(context, urlPath);
      await page.setViewportSize({ width, height: 800 });
      const file = path.join(SCREENSHOT_DIR, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await page.close();
      expect(pngWidth(file)).toBe(width);
    },
  );

  it('writes the article as it prints, as a PDF', async ({ expect }) => {
    const page = await openPage(context, PAGES.article);
    const file = path.join(SCREENSHOT_DIR, 'article-print.pdf');
    const pdf = await page.pdf({ path: file, format: 'A4' });
    await page.close();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('writes the printable guide as it prints on US Letter, as a PDF, each topic on a new sheet', async ({ expect }) => {
    const topics = await loadArticles();
    const page = await openPage(context, fixedRoutes(english).guide);
    const file = path.join(SCREENSHOT_DIR, 'guide-print-letter.pdf');
    const pdf = await page.pdf({ path: file, format: 'Letter', margin: PRINT_DIALOG_MARGINS });
    await page.close();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(topics.length + 1);
  });
});
