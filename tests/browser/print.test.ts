import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, it } from 'vitest';
import { site } from '@/lib/site/site';
import { brightness } from './brightness';
import { readablePages } from './pages';
import { openPage, chromiumForThisFile } from './session';

const chromium = chromiumForThisFile();
let context: BrowserContext;

beforeAll(async () => {
  // A reader whose screen is dark still gets dark text on paper.
  context = await chromium.context({ javaScriptEnabled: false, colorScheme: 'dark' });
});

describe.concurrent.each(readablePages())('%s', (urlPath) => {
  it('prints the content without the site chrome, with link addresses and headings kept with their text', async ({ expect }) => {
    const page = await openPage(context, urlPath);
    // What main shows on screen, less navigation and same-page jumps (screen-only aids), is what
    // paper must keep: the article, its review dates, the availability notice, tables and locations.
    const onScreen = await page.evaluate(() => {
      const main = document.querySelector('main');
      const navigation = [...(main?.querySelectorAll('nav, a[href^="#"]') ?? [])].map((aid) => (aid as HTMLElement).innerText);
      return (main?.innerText ?? '').split('\n').filter((line) => line.trim() && !navigation.some((text) => text.includes(line)));
    });
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate((siteAddress) => {
      const shown = (element: Element) => getComputedStyle(element).display !== 'none' && (element as HTMLElement).offsetParent !== null;
      const main = document.querySelector('main');
      return {
        chrome: [...document.querySelectorAll('header, footer, nav, a[href="#main-content"]')].filter(shown).map((element) => element.outerHTML.slice(0, 80)),
        mainShown: main !== null && shown(main),
        text: main?.innerText ?? '',
        textColour: getComputedStyle(main ?? document.body).color,
        linksWithoutAddress: [...(main?.querySelectorAll('a[href]') ?? [])]
          .filter(shown)
          .filter((link) => !/^(#|tel:|mailto:)/.test(link.getAttribute('href') ?? ''))
          .filter((link) => {
            const href = link.getAttribute('href') ?? '';
            const address = href.startsWith('/') ? `${siteAddress}${href}` : href;
            // Chrome reports the content as quoted parts: '" (" "https://…" "/after-effects/" ")"'.
            const printedText = getComputedStyle(link, '::after').content.replace(/"\s*"/g, '');
            return !printedText.includes(address);
          })
          .map((link) => link.textContent),
        headingsThatBreak: [...(main?.querySelectorAll('h1, h2, h3, h4') ?? [])]
          .filter((heading) => getComputedStyle(heading).breakAfter !== 'avoid')
          .map((heading) => heading.textContent),
      };
    }, site.url);
    expect(printed.chrome, 'navigation, skip link and footer on paper').toEqual([]);
    expect(printed.mainShown, 'the content is printed').toBe(true);
    expect(brightness(printed.textColour), `dark text on white paper (got ${printed.textColour})`).toBeLessThan(0.3);
    expect(printed.linksWithoutAddress, 'links printed without their full address').toEqual([]);
    expect(printed.headingsThatBreak, 'headings that can end a printed page').toEqual([]);
    const printedLines = new Set(printed.text.split('\n'));
    expect(onScreen.filter((line) => !printedLines.has(line)), 'content missing on paper').toEqual([]);
    expect(onScreen.length).toBeGreaterThan(0);
    await page.close();
  });
});
