import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, it } from 'vitest';
import { readablePages } from './pages';
import { openPage, useChromium } from './session';

const chromium = useChromium();
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
      id: element.id,
      visible: box.width >= 1 && box.height >= 1 && box.bottom > 0 && box.top < innerHeight,
      focused,
      unfocused,
    };
  });
}

describe.concurrent.each(readablePages())('%s', (urlPath) => {
  it('skips to the main content: Tab from the top shows the skip link, Enter moves focus to main', async ({ expect }) => {
    const page = await openPage(context, urlPath);
    await page.keyboard.press('Tab');
    const skipLink = await focusedElement(page);
    expect(skipLink?.label).toBe('a "Skip to main content"');
    expect(skipLink?.visible, 'the skip link is visible when focused').toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/#main-content$/);
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('main');
    await page.close();
  });

  it('shows a visible focus indicator on everything Tab reaches', async ({ expect }) => {
    const page = await openPage(context, urlPath);
    const tabbable = await page.locator('a[href], button, input, select, textarea, summary, [tabindex="0"]').count();
    const withoutIndicator: string[] = [];
    let reached = 0;
    for (let press = 0; press <= tabbable; press += 1) {
      await page.keyboard.press('Tab');
      const element = await focusedElement(page);
      if (!element) break;
      reached += 1;
      if (JSON.stringify(element.focused) === JSON.stringify(element.unfocused)) withoutIndicator.push(element.label);
    }
    await page.close();
    expect(reached, 'Tab reaches every link and control').toBe(tabbable);
    expect(withoutIndicator).toEqual([]);
  });
});
