import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultTreeAdapter } from 'parse5';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OUT_DIR } from '@/lib/hosting/build-paths';
import { attributeOf, createElement, elementsOf, removeElement, transformPage, type PageDocument } from '@/lib/hosting/page-html';
import { fileForPath } from '@/tests/built/out-dir';
import { startPlainServer } from '@/harness/plain-server';
import type { RunningServer } from '@/harness/free-port';
import { sampleArticle } from '@/tests/browser/pages';
import { chromiumForThisFile } from '@/tests/browser/session';

const article = sampleArticle();
const INJECTED = "document.title = 'injected code ran'";
const chromium = chromiumForThisFile();
let webRoot: string;
let server: RunningServer;
let context: BrowserContext;

/** What an attacker who slipped markup past every check would add: an inline script and an event handler. */
function inject(document: PageDocument): void {
  const main = [...elementsOf(document)].find((element) => element.tagName === 'main');
  if (!main) throw new Error(`${article} has no <main>`);
  const script = createElement('script', {}, main);
  defaultTreeAdapter.insertText(script, INJECTED);
  defaultTreeAdapter.appendChild(main, script);
  defaultTreeAdapter.appendChild(main, createElement('img', { src: '/no-such-image.png', alt: '', onerror: INJECTED }, main));
}

/** The same page without the policy the build writes into it: shows what the policy prevents. */
function removePolicy(document: PageDocument): void {
  const policy = [...elementsOf(document)].filter(
    (element) => element.tagName === 'meta' && (attributeOf(element, 'http-equiv') !== undefined || attributeOf(element, 'name') === 'referrer'),
  );
  expect(policy).toHaveLength(2);
  for (const meta of policy) removeElement(meta);
}

/** out/ (linked, not copied) plus two variants of one article: with the injected code, and with it but without the page's policy. */
function webRootWithVariants(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'site-no-headers-'));
  for (const entry of readdirSync(OUT_DIR)) symlinkSync(path.join(OUT_DIR, entry), path.join(root, entry));
  const html = readFileSync(fileForPath(article) ?? '', 'utf8');
  const variants = { injected: transformPage(html, inject), 'injected-without-policy': transformPage(html, inject, removePolicy), 'without-policy': transformPage(html, removePolicy) };
  for (const [name, variant] of Object.entries(variants)) {
    mkdirSync(path.join(root, name));
    writeFileSync(path.join(root, name, 'index.html'), variant);
  }
  return root;
}

beforeAll(async () => {
  webRoot = webRootWithVariants();
  server = await startPlainServer(webRoot);
  context = await chromium.context();
});
afterAll(async () => {
  await server?.close();
  if (webRoot) rmSync(webRoot, { recursive: true, force: true });
});

/** Opens a page, keeping the console messages that report a blocked script. */
async function open(urlPath: string): Promise<{ page: Page; blocked: string[]; headers: Record<string, string> }> {
  const page = await context.newPage();
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) blocked.push(message.text());
  });
  const response = await page.goto(`${server.url}${urlPath}`, { waitUntil: 'load' });
  // The missing image's error event has fired by now, so its handler had its chance to run.
  await page.waitForFunction(() => [...document.images].every((image) => image.complete));
  return { page, blocked, headers: response?.headers() ?? {} };
}

describe('out/ on a host that sends no headers at all', () => {
  it('sends no security header: only the page’s own policy can protect it', async () => {
    const { page, headers } = await open(article);
    expect(Object.keys(headers).filter((name) => /security|referrer|policy/i.test(name))).toEqual([]);
    await page.close();
  });

  it('runs neither an injected inline script nor an injected event handler, because the page carries its own policy', async () => {
    const { page, blocked } = await open('/injected/');
    expect(await page.title()).not.toBe('injected code ran');
    expect(blocked.some((message) => message.includes('inline script'))).toBe(true);
    expect(blocked.some((message) => message.includes('inline event handler'))).toBe(true);
    await page.close();
  });

  it('would run the injected code without that policy, so the test above can fail', async () => {
    const { page, blocked } = await open('/injected-without-policy/');
    expect(await page.title()).toBe('injected code ran');
    expect(blocked).toEqual([]);
    await page.close();
  });

  it('does not tell the next page which article the reader came from', async () => {
    for (const [from, expected] of [
      [article, ''],
      ['/without-policy/', `${server.url}/without-policy/`],
    ] as const) {
      const { page } = await open(from);
      await Promise.all([page.waitForURL(`${server.url}/`), page.locator('header a[href="/"]').first().click()]);
      expect(await page.evaluate(() => document.referrer), from).toBe(expected);
      await page.close();
    }
  });
});
