import { readFileSync } from 'node:fs';
import { parse } from 'parse5';
import type { Page } from 'playwright-core';
import { attributeOf, elementsOf, type PageElement } from '@/lib/hosting/page-html';
import { builtPages, fileForPath } from '../built/out-dir';

/** The elements of a built page, parsed with the same parser as the build (far quicker than a full DOM). */
function elementsOfPage(urlPath: string): PageElement[] {
  return [...elementsOf(parse(readFileSync(fileForPath(urlPath) ?? '', 'utf8')))];
}

/** Alias pages only send the visitor on (meta refresh): they have no content of their own to check. */
function isRedirectPage(urlPath: string): boolean {
  return elementsOfPage(urlPath).some((element) => element.tagName === 'meta' && attributeOf(element, 'http-equiv')?.toLowerCase() === 'refresh');
}

/** Checks that do not apply to some pages; add a case here when a new kind of page needs one. */
const NOT_READ: readonly ((urlPath: string) => boolean)[] = [isRedirectPage];

/**
 * Every page in out/ that a person reads, as URL paths (/, /after-effects/, /404.html), so a new
 * article is checked without editing a test.
 */
export function readablePages(): string[] {
  return builtPages().filter((urlPath) => !NOT_READ.some((skip) => skip(urlPath)));
}

/** The first article page in out/, for checks made on one example page. */
export function sampleArticle(): string {
  const article = readablePages().find((urlPath) => elementsOfPage(urlPath).some((element) => element.tagName === 'article'));
  if (!article) throw new Error('out/ has no page with an <article>: is the site built?');
  return article;
}

/** An old address's page moves on with a meta refresh: wait until the page it lands on has loaded. */
export async function waitForMetaRefresh(page: Page, urlPath: string): Promise<void> {
  if (!isRedirectPage(urlPath)) return;
  await page.waitForURL((current) => current.pathname !== urlPath);
  await page.waitForLoadState('networkidle');
}
