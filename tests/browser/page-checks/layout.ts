import type { Page } from 'playwright-core';

/** WCAG 2.2 target size (minimum), in CSS pixels. */
const MIN_TARGET = 24;

/** Content that cannot be read without scrolling sideways, or that a box cuts off. */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const name = (element: Element) =>
      `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}> "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    // Screen-reader-only text (clipped away, like the skip link until it is focused) is hidden on purpose.
    const hidden = (element: Element) => {
      for (let current: Element | null = element; current; current = current.parentElement) {
        const style = getComputedStyle(current);
        if (style.clipPath === 'inset(50%)' || style.clip === 'rect(0px, 0px, 0px, 0px)') return true;
      }
      const box = element.getBoundingClientRect();
      return box.width * box.height === 0;
    };
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`the page scrolls sideways: ${root.scrollWidth} px wide in a ${root.clientWidth} px window`);
    for (const element of document.body.querySelectorAll('*')) {
      if (hidden(element)) continue;
      const style = getComputedStyle(element);
      const cutsWidth = style.overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1;
      const cutsHeight = style.overflowY !== 'visible' && element.scrollHeight > element.clientHeight + 1;
      if (cutsWidth || cutsHeight) problems.push(`${name(element)} cuts off or scrolls its content`);
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || hidden(parent)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const box of range.getClientRects()) {
        if (box.left < -1 || box.right > root.clientWidth + 1) problems.push(`${name(parent)} runs off the side of the window`);
      }
    }
    return [...new Set(problems)];
  });
}

/** Links and controls smaller than 24 × 24 px, except links inside a sentence (the WCAG inline exception). */
function smallTargets(page: Page, minimum: number): Promise<string[]> {
  return page.evaluate((min) => {
    const inSentence = (element: Element) =>
      getComputedStyle(element).display === 'inline' &&
      [...(element.parentElement?.childNodes ?? [])].some(
        (sibling) =>
          sibling !== element &&
          (sibling.textContent ?? '').trim() !== '' &&
          (sibling.nodeType === Node.TEXT_NODE || getComputedStyle(sibling as Element).display.startsWith('inline')),
      );
    return [...document.querySelectorAll('a[href], button, input, select, textarea, summary')].flatMap((element) => {
      const box = element.getBoundingClientRect();
      // Screen-reader-only until focused (the skip link): nothing to tap.
      if (box.width <= 1 || box.height <= 1 || inSentence(element)) return [];
      return box.width >= min && box.height >= min
        ? []
        : [`"${(element.textContent ?? '').trim()}" is ${Math.round(box.width)} × ${Math.round(box.height)} px`];
    });
  }, minimum);
}

/**
 * What a reader on a small screen, or with large text, cannot read or tap: at 320 × 640 no
 * sideways scrolling or cut-off text and 24 × 24 px targets; the same targets at 1280 px; and a
 * readable page at 200 % text and at 200 % zoom. Leaves the page at 1280 × 720.
 */
export async function layoutProblemsAtEachSize(page: Page): Promise<string[]> {
  const at = (label: string, problems: string[]) => problems.map((problem) => `${label}: ${problem}`);
  await page.setViewportSize({ width: 320, height: 640 });
  const problems = [...at('320 px', await layoutProblems(page)), ...at('tap targets at 320 px', await smallTargets(page, MIN_TARGET))];
  // Tablets are touch screens too: targets must not shrink where a link fits on one line.
  await page.setViewportSize({ width: 1280, height: 720 });
  problems.push(...at('tap targets at 1280 px', await smallTargets(page, MIN_TARGET)));
  // Browser text-size settings scale the root font size; every size on the site is in rem.
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  problems.push(...at('text at 200 % in a 1280 px window', await layoutProblems(page)));
  await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
  // Zooming a 1280 px window to 200 % lays the page out in 640 CSS px.
  await page.setViewportSize({ width: 640, height: 360 });
  problems.push(...at('page zoomed to 200 %', await layoutProblems(page)));
  await page.setViewportSize({ width: 1280, height: 720 });
  return problems;
}
