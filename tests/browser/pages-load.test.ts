import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, it } from 'vitest';
import { builtPages } from '../built/out-dir';
import { siteUrl, chromiumForThisFile } from './session';

const chromium = chromiumForThisFile();
let context: BrowserContext;

beforeAll(async () => {
  context = await chromium.context();
});

// Every HTML file, redirect pages included: whatever a host serves must load cleanly.
describe.concurrent.each(builtPages())('%s', (pagePath) => {
  it('loads with no console errors and no failed requests', async ({ expect }) => {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => {
      // Cancelled because the page moved on (a redirect page's meta refresh): not a failure to load.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()}`);
    });
    page.on('response', (response) => {
      // The 404 page itself is served with status 404 by design; anything else it pulls in must load.
      if (response.status() >= 400 && response.url() !== page.url()) problems.push(`${response.status()}: ${response.url()}`);
    });
    // Network idle: the browser has also asked for the icon by then.
    await page.goto(`${siteUrl}${pagePath}`, { waitUntil: 'networkidle' });
    await page.close();
    expect(problems).toEqual([]);
  });
});
