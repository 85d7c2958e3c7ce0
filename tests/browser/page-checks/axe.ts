import axe, { type Result, type RunOptions } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';

declare global {
  interface Window {
    axe: typeof axe;
  }
}

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what the site promises patients. */
const WCAG: RunOptions = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] };
/**
 * The dark scheme swaps the palette and nothing else, so after the full run in the light scheme,
 * the dark one re-runs the rules that depend on colour.
 */
const COLOUR: RunOptions = { runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] }, resultTypes: ['violations'] };

/** One line per failing element, so the failure says what to fix and where. */
function describeViolations(scheme: string, violations: Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${scheme}: ${violation.id} (${violation.help}): ${node.target.join(' ')}`),
  );
}

function runAxe(page: Page, options: RunOptions): Promise<Result[]> {
  return page.evaluate((runOptions) => window.axe.run(document, runOptions).then((results) => results.violations), options);
}

/**
 * Puts axe into every page the profile opens, before the page's own content loads. The browser
 * keeps the script: sending its 550 kB with each visit, and compiling it in a fresh tab, cost
 * as much as the light run itself.
 */
export async function installAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript(axe.source);
}

/**
 * What axe finds against WCAG 2.2 A and AA, in the light and in the dark colour scheme, in a page
 * of a profile prepared with installAxe. Axe runs in the page directly (the site has no frames to
 * cross): a wrapper that injects it for each run took twice as long on a busy machine.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) throw new Error('axe is not in this page: call installAxe(context) before opening it.');
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await runAxe(page, WCAG);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await runAxe(page, COLOUR);
  await page.emulateMedia({ colorScheme: 'light' });
  return [...describeViolations('light', light), ...describeViolations('dark', dark)];
}
