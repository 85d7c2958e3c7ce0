import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, it } from 'vitest';
import { languageOfPath } from '@/lib/i18n/languages';
import { readablePages } from './pages';
import { openPage, chromiumForThisFile } from './session';

const chromium = chromiumForThisFile();
let context: BrowserContext;

beforeAll(async () => {
  context = await chromium.context({ javaScriptEnabled: false });
});

/** What the focused element looks like: its label and the styles that can show focus. */
async function focusedElement(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return undefined;
    // An indicator only counts when it can be seen: a transparent or zero-width outline cannot.
    const look = (style: CSSStyleDeclaration) => ({
      outline:
        style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !/rgba\(.*, 0\)$|transparent/.test(style.outlineColor)
          ? `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`
          : 'none',
      boxShadow: style.boxShadow,
      background: style.backgroundColor,
      textDecoration: `${style.textDecorationLine} ${style.textDecorationThickness}`,
    });
    const focused = look(getComputedStyle(element));
    // Moving focus to the body for a moment shows the same element unfocused.
    (element as HTMLElement).blur();
    const unfocused = look(getComputedStyle(element));
    (element as HTMLElement).focus();
    const box = element.getBoundingClientRect();
    return {
      label: `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 60)}"`,
      visible: box.width >= 1 && box.height >= 1 && box.bottom > 0 && box.top < innerHeight,
      focused,
      unfocused,
    };
  });
}

describe.concurrent.each(readablePages())('%s', (urlPath) => {
  it('can be used by keyboard: the first Tab shows the skip link, every Tab stop shows focus, the skip link moves focus to main', async ({ expect }) => {
    const page = await openPage(context, urlPath);
    const tabbable = await page.locator('a[href], button, input, select, textarea, summary, [tabindex="0"]').count();
    const stops: NonNullable<Awaited<ReturnType<typeof focusedElement>>>[] = [];
    for (let press = 0; press <= tabbable; press += 1) {
      await page.keyboard.press('Tab');
      const element = await focusedElement(page);
      if (!element) break;
      stops.push(element);
    }
    expect(stops[0]?.label, 'the first Tab stop').toBe(`a "${languageOfPath(urlPath).words.skipLink}"`);
    expect(stops[0]?.visible, 'the skip link is visible when focused').toBe(true);
    expect(stops.length, 'Tab reaches every link and control').toBe(tabbable);
    const withoutIndicator = stops.filter((stop) => JSON.stringify(stop.focused) === JSON.stringify(stop.unfocused)).map((stop) => stop.label);
    expect(withoutIndicator, 'no visible focus indicator').toEqual([]);

    await page.locator('a[href="#main-content"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#main-content$/);
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase()), 'focus after the skip link').toBe('main');
    await page.close();
  });
});
