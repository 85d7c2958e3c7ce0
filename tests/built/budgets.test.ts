import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/articles';
import { listFiles } from '@/lib/build-paths';
import { isTextFile } from '@/lib/content-types';
import { OUT_DIR, assertBuilt, builtPages, fileForPath, readPage } from './out-dir';

assertBuilt();
const articles = await loadArticles();
const files = listFiles(OUT_DIR);
const ARTICLE_BUDGET_GZIP = 30 * 1024;

const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Bytes of script a browser would fetch or run for a page; JSON-LD is data and never runs. */
function javascriptBytes(urlPath: string): number {
  const document = readPage(urlPath);
  const scripts = [...document.querySelectorAll('script:not([type="application/ld+json"])')];
  const inline = scripts.reduce((sum, script) => sum + Buffer.byteLength(script.textContent ?? ''), 0);
  const external = scripts
    .map((script) => script.getAttribute('src'))
    .filter((src): src is string => src !== null)
    .reduce((sum, src) => sum + readFileSync(fileForPath(src) ?? path.join(OUT_DIR, src)).length, 0);
  const preloaded = document.querySelectorAll('link[rel~="modulepreload"], link[rel~="preload"][as="script"]').length;
  return inline + external + preloaded;
}

describe('page weight budgets', () => {
  it.each(builtPages())('%s ships 0 bytes of JavaScript', (urlPath) => {
    expect(javascriptBytes(urlPath)).toBe(0);
  });

  it('ships no script file and none of the navigation payloads only the runtime fetched', () => {
    expect(files.filter((file) => file.endsWith('.js') || /(^|\/)(index|__next\..*)\.txt$/.test(file))).toEqual([]);
  });

  it.each(articles.map((article) => article.path))('%s is at most 30 kB gzipped, HTML and CSS together', (urlPath) => {
    const page = fileForPath(urlPath) ?? '';
    const sheets = [...readPage(urlPath).querySelectorAll('link[rel="stylesheet"]')].map((link) => fileForPath(link.getAttribute('href') ?? '') ?? '');
    const total = [page, ...sheets].reduce((sum, file) => sum + gzipBytes(file), 0);
    expect(total).toBeLessThanOrEqual(ARTICLE_BUDGET_GZIP);
  });

  it('has exactly one CSS file for the whole site', () => {
    expect(files.filter((file) => file.endsWith('.css'))).toHaveLength(1);
  });
});

describe('files for the hosts', () => {
  it('has a gzip copy of every text file, with the same content', () => {
    for (const file of files.filter(isTextFile)) {
      expect(files, `${file}.gz is missing`).toContain(`${file}.gz`);
      expect(gunzipSync(readFileSync(path.join(OUT_DIR, `${file}.gz`))).equals(readFileSync(path.join(OUT_DIR, file))), file).toBe(true);
    }
  });

  it('has a _headers file that sends the security policy everywhere and revalidates every page', () => {
    const headers = readFileSync(path.join(OUT_DIR, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'none'; script-src 'none';/);
    for (const urlPath of builtPages()) expect(headers, urlPath).toContain(`\n${urlPath}\n  Cache-Control: no-cache\n`);
  });
});
