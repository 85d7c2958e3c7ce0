import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, it } from 'vitest';
import { ariaNodes } from './aria-tree';
import { readablePages } from './pages';
import { openPage, chromiumForThisFile } from './session';

const chromium = chromiumForThisFile();
let context: BrowserContext;

beforeAll(async () => {
  // Pages are static HTML; the no-javascript test proves scripts change nothing a reader perceives.
  context = await chromium.context({ javaScriptEnabled: false });
});

describe.concurrent.each(readablePages())('%s', (urlPath) => {
  it('has one h1 first, headings that never skip a level, and the header, navigation, main and footer landmarks', async ({ expect }) => {
    const page = await openPage(context, urlPath);
    const nodes = await ariaNodes(page);
    await page.close();

    const levels = nodes.filter((node) => node.role === 'heading').map((node) => node.level ?? 0);
    expect(levels[0], 'the first heading is the h1').toBe(1);
    expect(levels.filter((level) => level === 1), 'exactly one h1').toHaveLength(1);
    const skips = levels.flatMap((level, index) => (index > 0 && level > (levels[index - 1] ?? 0) + 1 ? [`h${levels[index - 1]} → h${level}`] : []));
    expect(skips, 'headings that skip a level').toEqual([]);

    const count = (role: string) => nodes.filter((node) => node.role === role).length;
    expect(count('banner'), 'one header').toBe(1);
    expect(count('main'), 'one main').toBe(1);
    expect(count('contentinfo'), 'one footer').toBe(1);
    expect(count('navigation'), 'a navigation').toBeGreaterThanOrEqual(1);
    const navigations = nodes.filter((node) => node.role === 'navigation');
    if (navigations.length > 1) expect(navigations.filter((node) => !node.name), 'several navigations, each needs a name').toEqual([]);
  });
});
