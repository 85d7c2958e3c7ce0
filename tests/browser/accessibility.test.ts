import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, it } from 'vitest';
import { readablePages } from './pages';
import { openPage, useChromium } from './session';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what the site promises patients. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCHEMES = ['light', 'dark'] as const;

const chromium = useChromium();
let context: BrowserContext;

beforeAll(async () => {
  // axe runs as script in the page, so this context keeps JavaScript on.
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
    const violations: string[] = [];
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      // Legacy mode runs axe in the page itself: the site has no frames, so the cross-frame run would only cost time.
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
      violations.push(...describeViolations(results.violations).map((line) => `${colorScheme}: ${line}`));
    }
    await page.close();
    expect(violations).toEqual([]);
  });
});
