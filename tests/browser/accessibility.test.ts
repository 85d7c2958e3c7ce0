import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, it } from 'vitest';
import { readablePages } from './pages';
import { openPage, chromiumForThisFile } from './session';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what the site promises patients. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * The dark scheme swaps the palette and nothing else, so after the full run in the light scheme,
 * the dark one re-runs the rules that depend on colour.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const chromium = chromiumForThisFile();
let context: BrowserContext;

beforeAll(async () => {
  context = await chromium.context();
});

/** One line per failing element, so the failure says what to fix and where. */
function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.help}): ${node.target.join(' ')}`),
  );
}

describe.concurrent.each(readablePages())('%s', (urlPath) => {
  it('has no WCAG 2.2 A or AA violations (axe), in the light and the dark colour scheme', async ({ expect }) => {
    const page = await openPage(context, urlPath);
    await page.emulateMedia({ colorScheme: 'light' });
    // Legacy mode runs axe in the page itself: the site has no frames, so the cross-frame run would only cost time.
    const light = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await new AxeBuilder({ page }).withRules(COLOUR_RULES).setLegacyMode(true).analyze();
    await page.close();
    expect(describeViolations(light.violations), 'light colour scheme').toEqual([]);
    expect(describeViolations(dark.violations), 'dark colour scheme').toEqual([]);
  });
});
