import { spanish } from '@/lib/i18n/languages/es';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content/articles';
import { HOST_CONFIG_FILES, listFiles, urlPathOf } from '@/lib/hosting/build-paths';
import { listRedirects } from '@/lib/hosting/redirects';
import { SECURITY_HEADERS, cacheControlFor } from '@/lib/hosting/security-headers';
import { startCloudflarePages } from '@/harness/cloudflare-server';
import type { RunningServer } from '@/harness/free-port';
import { OUT_DIR, assertBuilt } from '@/tests/built/out-dir';
import { expectEachHeaderOnce, headerLines, requestRaw, type RawResponse } from '@/tests/built/responses';

assertBuilt();
const articles = await loadArticles();
const article = articles[0]?.path ?? '';
const redirects = listRedirects(articles);
/**
 * Every URL out/ serves with status 200 on Cloudflare: not the .gz copies (Cloudflare compresses
 * by itself), not the host's own files, not 404.html, which Cloudflare serves only as the answer
 * to unknown addresses, and not the old addresses, which _redirects moves.
 */
const servedUrls = listFiles(OUT_DIR)
  .filter((file) => !file.endsWith('.gz') && !HOST_CONFIG_FILES.includes(file) && !file.endsWith('404.html'))
  .map(urlPathOf)
  .filter((urlPath) => !redirects.some((redirect) => redirect.from === urlPath));
let cloudflare: RunningServer;

const get = (urlPath: string): Promise<RawResponse> => requestRaw(`${cloudflare.url}${urlPath}`);

beforeAll(async () => {
  cloudflare = await startCloudflarePages();
}, 90_000);
afterAll(async () => {
  await cloudflare?.close();
});

describe('Cloudflare Pages (wrangler pages dev) serving out/ with its _headers and _redirects', () => {
  it('answers every page and file in out/ with each security header once and the Cache-Control _headers gives it, never joined with a second rule', async () => {
    const responses = await Promise.all(servedUrls.map(async (urlPath) => [urlPath, await get(urlPath)] as const));
    for (const [urlPath, response] of responses) {
      expect(response.status, urlPath).toBe(200);
      expect(headerLines(response, 'Cache-Control'), urlPath).toEqual([cacheControlFor(urlPath)]);
      for (const [name, value] of SECURITY_HEADERS) expect(headerLines(response, name), `${urlPath} ${name}`).toEqual([value]);
    }
    expect(servedUrls).toEqual(expect.arrayContaining(['/', article, '/availability/', '/availability/texas/']));
  });

  it.each(redirects.map((redirect) => [redirect.from, redirect.to] as const))(
    'moves the old address %s permanently to %s, with each security header once',
    async (from, to) => {
      const response = await get(from);
      expect(response.status).toBe(301);
      expect(response.headers.location).toBe(to);
      expectEachHeaderOnce(response, SECURITY_HEADERS);
    },
  );

  it('redirects an address without its final slash to the page, with each security header once', async () => {
    const response = await get(article.replace(/\/$/, ''));
    expect(response.status).toBe(308);
    expect(response.headers.location).toBe(article);
    expectEachHeaderOnce(response, SECURITY_HEADERS);
  });

  it.each(['/no-such-page/', '/no-such-file.css', '/_not-found/', '/404'])(
    'answers %s with status 404, the site’s own not-found page and each security header once',
    async (urlPath) => {
      const response = await get(urlPath);
      expect(response.status).toBe(404);
      expect(response.body.toString()).toContain('Page not found');
      expectEachHeaderOnce(response, SECURITY_HEADERS);
      expect(headerLines(response, 'Cache-Control')).toHaveLength(1);
    },
  );

  it.each(['/404/', '/404.html'])('sends %s on to /404, which answers 404: no copy of the not-found page answers 200', async (urlPath) => {
    const response = await get(urlPath);
    expect(response.status).toBe(308);
    expect(response.headers.location).toBe('/404');
    expectEachHeaderOnce(response, SECURITY_HEADERS);
  });

  it.each(['/es/no-such-page/', '/es/disponibilidad/no-such-state/', '/es/404'])(
    'answers %s under the Spanish pages with status 404 and the Spanish not-found page',
    async (urlPath) => {
      const response = await get(urlPath);
      expect(response.status).toBe(404);
      expect(response.body.toString()).toContain(spanish.words.notFound.title);
      expectEachHeaderOnce(response, SECURITY_HEADERS);
    },
  );

  it('sends /es/404.html on to /es/404, which answers 404', async () => {
    const response = await get('/es/404.html');
    expect(response.status).toBe(308);
    expect(response.headers.location).toBe('/es/404');
  });

  it.each(HOST_CONFIG_FILES.map((file) => `/${file}`))('never serves its own configuration file %s', async (urlPath) => {
    expect((await get(urlPath)).status).not.toBe(200);
  });
});
