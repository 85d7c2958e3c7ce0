import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, it } from 'vitest';
import { ariaNodes } from './aria-tree';
import { readablePages } from './pages';
import { openPage, siteUrl, chromiumForThisFile } from './session';

/** Link names that say nothing when a screen reader lists the links on a page. */
const VAGUE = /^(click here|here|read more|more|learn more|this page|link|go|continue|find out more)$/i;

const chromium = chromiumForThisFile();
let context: BrowserContext;

beforeAll(async () => {
  context = await chromium.context({ javaScriptEnabled: false });
});

describe.concurrent.each(readablePages())('%s', (urlPath) => {
  it('names every link so it makes sense out of context, one name for one destination', async ({ expect }) => {
    const page = await openPage(context, urlPath);
    const links = (await ariaNodes(page)).filter((node) => node.role === 'link');
    await page.close();

    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((link) => link.name.trim() === '').map((link) => link.url), 'links with no name').toEqual([]);
    expect(links.filter((link) => VAGUE.test(link.name.trim())).map((link) => link.name), 'vague link text').toEqual([]);
    const destinations = new Map<string, Set<string>>();
    for (const link of links) {
      const destination = new URL(link.url ?? '', `${siteUrl}${urlPath}`).href;
      destinations.set(link.name, (destinations.get(link.name) ?? new Set()).add(destination));
    }
    const ambiguous = [...destinations].filter(([, urls]) => urls.size > 1).map(([name, urls]) => `"${name}" → ${[...urls].join(', ')}`);
    expect(ambiguous, 'one link name pointing at different pages').toEqual([]);
  });
});
