import axe, { type Result, type RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

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
 * What axe finds against WCAG 2.2 A and AA, in the light and in the dark colour scheme. Axe is
 * put into the page once and run there directly (the site has no frames to cross): a wrapper
 * that injects it for each run took twice as long on a busy machine.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await runAxe(page, WCAG);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await runAxe(page, COLOUR);
  await page.emulateMedia({ colorScheme: 'light' });
  return [...describeViolations('light', light), ...describeViolations('dark', dark)];
}
