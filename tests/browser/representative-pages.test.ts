import { describe, inject, it } from 'vitest';
import { message } from '@/lib/i18n/messages';
import { languageOfPath } from '@/lib/i18n/languages';
import { CONTENT_SECURITY_POLICY } from '@/lib/hosting/security-headers';
import { axeViolations, installAxe } from '@/tests/browser/page-checks/axe';
import { keyboardProblems } from '@/tests/browser/page-checks/keyboard';
import { layoutProblemsAtEachSize } from '@/tests/browser/page-checks/layout';
import { printProblems } from '@/tests/browser/page-checks/print';
import { recordVisit } from '@/tests/browser/page-checks/visit-log';
import { representativePages } from '@/tests/browser/representative-pages';
import { chromiumForThisFile, reusableTabs } from '@/tests/browser/session';

/*
 * One visit per representative page (tests/browser/representative-pages.ts), with every check a
 * page needs a browser for. What can be read from the HTML is checked on every page, in node, by
 * tests/built/every-page.test.ts.
 */
const siteUrl = inject('siteUrl');
const siteOrigin = new URL(siteUrl).origin;
const pages = await representativePages();
const chromium = chromiumForThisFile();
// JavaScript on: a script would have run. Two visits at once, each in its own profile.
const inTab = reusableTabs(chromium, { viewport: { width: 1280, height: 720 } }, installAxe);

describe.concurrent.each(pages.map((page) => [`${page.path} (${page.stands})`, page] as const))('%s', (_, { path, movesTo }) => {
  it('loads cleanly under its policy, keeps the privacy promises, and reads, prints and works by keyboard at every size', async ({ expect }) => {
    const { log, documentCookie, cookies } = await inTab(async ({ context, page }) => {
      const recording = recordVisit(context, page);
      const response = await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
      // Guards against a policy check that passes only because no policy was sent.
      expect.soft(response?.headers()['content-security-policy'], 'the Content-Security-Policy header').toBe(CONTENT_SECURITY_POLICY);
      if (movesTo) {
        await page.waitForURL((url) => url.pathname !== path, { waitUntil: 'load' });
        await recording.iconSettled();
        expect.soft(new URL(page.url()).pathname, 'where the old address leads').toBe(movesTo.path);
        expect.soft(await page.locator('h1').textContent(), 'the page the old address opens').toBe(movesTo.title);
      } else {
        await recording.iconSettled();
        expect.soft(await page.evaluate(() => document.styleSheets.length), 'stylesheets applied').toBe(1);
        expect.soft(await axeViolations(page), 'axe, WCAG 2.2 A and AA').toEqual([]);
        expect.soft(await keyboardProblems(page, message(languageOfPath(path), 'skipLink')), 'keyboard').toEqual([]);
        expect.soft(await layoutProblemsAtEachSize(page), 'small screens, large text and zoom').toEqual([]);
        expect.soft(await printProblems(page), 'print').toEqual([]);
      }
      const documentCookie = await page.evaluate(() => document.cookie);
      const cookies = (await context.cookies()).map((cookie) => `${cookie.name} (${cookie.domain})`);
      recording.stop();
      return { log: recording.log, documentCookie, cookies };
    });
    expect.soft(log.errors, 'console errors and failed requests').toEqual([]);
    expect.soft(log.policyViolations, 'Content-Security-Policy violations').toEqual([]);
    expect.soft(log.requests.length, 'the page and what it loads').toBeGreaterThan(1);
    expect.soft(log.requests.filter((url) => new URL(url).origin !== siteOrigin), 'requests to other sites').toEqual([]);
    expect.soft(cookies, 'cookies in the browser').toEqual([]);
    expect(documentCookie, 'document.cookie').toBe('');
  });
});
