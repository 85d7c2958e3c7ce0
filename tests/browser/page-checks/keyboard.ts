import type { Page } from 'playwright-core';

/** A link or control as the keyboard reaches it: its label, whether it is on screen, and the styles that can show focus. */
interface Stop {
  /** Which of the page's links and controls it is, in document order. */
  readonly index: number;
  readonly label: string;
  readonly visible: boolean;
  readonly look: string;
  /** The same styles with nothing focused. */
  readonly unfocusedLook: string;
}

declare global {
  interface Window {
    keyboardStops?: Stop[];
  }
}

const TABBABLE = 'a[href], button, input, select, textarea, summary, [tabindex="0"]';

/**
 * Records each element Tab focuses, in the page, so a long page (the staff page has about 300
 * links) costs one key press per stop rather than a round trip to read each one.
 */
function startRecordingFocus(page: Page): Promise<number> {
  return page.evaluate((tabbable) => {
    // An indicator only counts when it can be seen: a transparent or zero-width outline cannot.
    const look = (element: Element) => {
      const style = getComputedStyle(element);
      const outline =
        style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && !/rgba\(.*, 0\)$|transparent/.test(style.outlineColor)
          ? `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`
          : 'none';
      return JSON.stringify([outline, style.boxShadow, style.backgroundColor, style.textDecorationLine, style.textDecorationThickness]);
    };
    const elements = [...document.querySelectorAll(tabbable)];
    const unfocused = new Map(elements.map((element) => [element, look(element)]));
    window.keyboardStops = [];
    document.addEventListener('focusin', (event) => {
      const element = event.target as Element;
      const box = element.getBoundingClientRect();
      window.keyboardStops?.push({
        index: elements.indexOf(element),
        label: `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 60)}"`,
        visible: box.width >= 1 && box.height >= 1 && box.bottom > 0 && box.top < innerHeight,
        look: look(element),
        unfocusedLook: unfocused.get(element) ?? '',
      });
    });
    return elements.length;
  }, TABBABLE);
}

/**
 * Presses Tab `times` times, as Playwright's keyboard.press does (a key down and a key up through
 * the DevTools protocol), but sends every press at once: the browser handles them in order, and
 * the staff page's 300 stops no longer wait for one round trip each.
 */
async function pressTab(page: Page, times: number): Promise<void> {
  const devtools = await page.context().newCDPSession(page);
  const key = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 };
  await Promise.all(
    Array.from({ length: times }, () => [
      devtools.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...key }),
      devtools.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key }),
    ]).flat(),
  );
  await devtools.detach();
}

/**
 * What goes wrong for a keyboard user: the first Tab must show the skip link, Tab must reach every
 * link and control and show focus on each, and the skip link must move focus to main.
 */
export async function keyboardProblems(page: Page, skipLinkText: string): Promise<string[]> {
  const tabbable = await startRecordingFocus(page);
  // One press more than there are stops: past the last one, focus leaves the page.
  await pressTab(page, tabbable + 1);
  const recorded = await page.evaluate(() => window.keyboardStops ?? []);
  // Once focus has left the page, the next Tab starts again from the top: one round only.
  const repeat = recorded.findIndex((stop, position) => recorded.findIndex((other) => other.index === stop.index) !== position);
  const stops = repeat === -1 ? recorded : recorded.slice(0, repeat);
  const problems: string[] = [];
  const first = stops[0];
  if (first?.label !== `a "${skipLinkText}"`) problems.push(`the first Tab stop is ${first?.label ?? 'nothing'}, not the skip link`);
  else if (!first.visible) problems.push('the skip link is not visible when focused');
  if (stops.length !== tabbable) problems.push(`Tab stops ${stops.length} times on a page with ${tabbable} links and controls`);
  problems.push(...stops.filter((stop) => stop.look === stop.unfocusedLook).map((stop) => `${stop.label} shows no focus indicator`));

  // The skip link goes to main by main's id, which is in the page's language (#contenido-principal).
  const mainId = await page.evaluate(() => document.querySelector('main')?.id ?? '');
  await page.locator(`a[href="#${mainId}"]`).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.hash === `#${mainId}`);
  const focused = await page.evaluate(() => document.activeElement?.tagName.toLowerCase());
  if (focused !== 'main') problems.push(`the skip link moves focus to ${focused ?? 'nothing'}, not main`);
  return problems;
}
