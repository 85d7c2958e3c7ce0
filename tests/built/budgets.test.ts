import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { listFiles } from '@/lib/hosting/build-paths';
import { isTextFile } from '@/lib/hosting/content-types';
import { HEADERS_FILE_MAX_RULES } from '@/lib/hosting/headers-file';
import { OUT_DIR, assertBuilt, builtPages, fileForPath, readPage } from '@/tests/built/out-dir';

assertBuilt();
const files = listFiles(OUT_DIR);
const ARTICLE_BUDGET_GZIP = 30 * 1024;

const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe('page weight budgets', () => {
  it('ships no script file and none of the navigation payloads only the runtime fetched', () => {
    expect(files.filter((file) => file.endsWith('.js') || /(^|\/)(index|__next\..*)\.txt$/.test(file))).toEqual([]);
  });

  // The budget is set for articles; every other page is held to it too.
  it.each(builtPages())('%s is at most 30 kB gzipped, HTML and CSS together', (urlPath) => {
    const page = fileForPath(urlPath) ?? '';
    const sheets = [...readPage(urlPath).querySelectorAll('link[rel="stylesheet"]')].map((link) => fileForPath(link.getAttribute('href') ?? '') ?? '');
    const total = sum([page, ...sheets].map(gzipBytes));
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

  it('has a _headers file that sends the security policy everywhere and revalidates every page, within Cloudflare’s rule limit', () => {
    const headers = readFileSync(path.join(OUT_DIR, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'none'; script-src 'none';/);
    const rules = headers.trim().split(/\n(?=\/)/).map((rule) => rule.split('\n'));
    expect(rules.length, 'Cloudflare Pages applies at most 100 rules from _headers').toBeLessThanOrEqual(HEADERS_FILE_MAX_RULES);
    const revalidating = rules.filter((lines) => lines.includes('  Cache-Control: no-cache')).map(([pattern = '']) => pattern);
    const matches = (pattern: string, urlPath: string) => (pattern.endsWith('*') ? urlPath.startsWith(pattern.slice(0, -1)) : pattern === urlPath);
    for (const urlPath of builtPages()) expect(revalidating.some((pattern) => matches(pattern, urlPath)), urlPath).toBe(true);
  });
});
