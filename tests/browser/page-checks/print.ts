import type { Page } from 'playwright-core';
import { site } from '@/lib/routes/site-url';
import { brightness } from '@/tests/browser/brightness';

/**
 * What goes wrong on paper: the site chrome printed, content of main missing, light text, links
 * without their full address (this site's links with the SITE_URL address), headings that can end
 * a sheet. Printed as a reader whose screen is dark prints. Leaves the page on screen, light.
 */
export async function printProblems(page: Page): Promise<string[]> {
  // What main shows on screen, less navigation and same-page jumps (screen-only aids), is what
  // paper must keep: the article, who reviewed it (or that no one has yet), the availability notice, tables and locations.
  const onScreen = await page.evaluate(() => {
    const main = document.querySelector('main');
    const navigation = [...(main?.querySelectorAll('nav, a[href^="#"]') ?? [])].map((aid) => (aid as HTMLElement).innerText);
    return (main?.innerText ?? '').split('\n').filter((line) => line.trim() && !navigation.some((text) => text.includes(line)));
  });
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const printed = await page.evaluate((siteAddress) => {
    const shown = (element: Element) => getComputedStyle(element).display !== 'none' && (element as HTMLElement).offsetParent !== null;
    const main = document.querySelector('main');
    return {
      chrome: [...document.querySelectorAll(`header, footer, nav, a[href="#${main?.id ?? ''}"]`)].filter(shown).map((element) => element.outerHTML.slice(0, 80)),
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
        .map((link) => link.textContent ?? ''),
      headingsThatBreak: [...(main?.querySelectorAll('h1, h2, h3, h4') ?? [])]
        .filter((heading) => getComputedStyle(heading).breakAfter !== 'avoid')
        .map((heading) => heading.textContent ?? ''),
    };
  }, site.url);
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
  const printedLines = new Set(printed.text.split('\n'));
  return [
    ...printed.chrome.map((element) => `printed chrome: ${element}`),
    ...(printed.mainShown && onScreen.length > 0 ? [] : ['the content of main is not printed']),
    ...(brightness(printed.textColour) < 0.3 ? [] : [`printed text is not dark on white paper: ${printed.textColour}`]),
    ...printed.linksWithoutAddress.map((text) => `link printed without its full address: "${text}"`),
    ...printed.headingsThatBreak.map((text) => `heading that can end a printed sheet: "${text}"`),
    ...onScreen.filter((line) => !printedLines.has(line)).map((line) => `missing on paper: "${line}"`),
  ];
}
