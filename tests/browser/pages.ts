import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { builtPages, fileForPath } from '../built/out-dir';

/** Alias pages only send the visitor on (meta refresh): they have no content of their own to check. */
function isRedirectPage(html: string): boolean {
  return /<meta[^>]+http-equiv=["']?refresh/i.test(html);
}

/** Checks that do not apply to some pages; add a case here when a new kind of page needs one. */
const NOT_READ: readonly ((html: string) => boolean)[] = [isRedirectPage];

/**
 * Every page in out/ that a person reads, as URL paths (/, /after-effects/, /404/), so a new
 * article is checked without editing a test. A file with the same bytes as one already listed
 * (Next writes the 404 page three times) is checked once.
 */
export function readablePages(): string[] {
  const seen = new Set<string>();
  return builtPages().filter((urlPath) => {
    const html = readFileSync(fileForPath(urlPath) ?? '', 'utf8');
    if (seen.has(html) || NOT_READ.some((skip) => skip(html))) return false;
    seen.add(html);
    return true;
  });
}

/** The first article page in out/, for checks made on one example page. */
export function sampleArticle(): string {
  const article = readablePages().find((urlPath) => /<article[\s>]/.test(readFileSync(fileForPath(urlPath) ?? '', 'utf8')));
  if (!article) throw new Error('out/ has no page with an <article>: is the site built?');
  return article;
}

/** An old address's page moves on with a meta refresh: wait until the page it lands on has loaded. */
export async function waitForMetaRefresh(page: Page, urlPath: string): Promise<void> {
  if (!isRedirectPage(readFileSync(fileForPath(urlPath) ?? '', 'utf8'))) return;
  await page.waitForURL((current) => current.pathname !== urlPath);
  await page.waitForLoadState('networkidle');
}
