import { spanish } from '@/lib/i18n/languages';
import { message } from '@/lib/i18n/messages';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content/articles';
import { HOST_CONFIG_FILES, listFiles, urlPathOf } from '@/lib/hosting/build-paths';
import { listRedirects } from '@/lib/hosting/redirects';
import { HASHED_ASSETS_PREFIX, SECURITY_HEADERS, cacheControlFor } from '@/lib/hosting/security-headers';
import { startCloudflarePages } from '@/harness/cloudflare-server';
import type { RunningServer } from '@/harness/free-port';
import { OUT_DIR, assertBuilt } from '@/tests/built/out-dir';
import { headerLines, requestRaw, type RawRequest, type RawResponse } from '@/tests/built/responses';

assertBuilt();
const articles = await loadArticles();
const article = articles[0]?.path ?? '';
const redirects = listRedirects(articles);
const files = listFiles(OUT_DIR);
/** The copies the build writes for nginx's gzip_static: on Cloudflare, which compresses by itself, they are unknown addresses. */
const precompressedCopies = files.filter((file) => file.endsWith('.gz')).map(urlPathOf);
/**
 * Every URL out/ serves with status 200 on Cloudflare: not the .gz copies, not the host's own
 * files, not 404.html, which Cloudflare serves only as the answer to unknown addresses, and not
 * the old addresses, which _redirects moves.
 */
const servedUrls = files
  .filter((file) => !file.endsWith('.gz') && !HOST_CONFIG_FILES.includes(file) && !file.endsWith('404.html'))
  .map(urlPathOf)
  .filter((urlPath) => !redirects.some((redirect) => redirect.from === urlPath));
let cloudflare: RunningServer;

const get = (urlPath: string, options?: RawRequest): Promise<RawResponse> => requestRaw(`${cloudflare.url}${urlPath}`, options);

/**
 * What every response from Cloudflare must carry: each security header once, exactly one
 * Cache-Control with this value, and no Access-Control-Allow-Origin (Cloudflare adds `*` unless
 * _headers detaches it).
 */
function expectSiteHeaders(response: RawResponse, cacheControl: string, label = ''): void {
  for (const [name, value] of SECURITY_HEADERS) expect(headerLines(response, name), `${label} ${name}`).toEqual([value]);
  expect(headerLines(response, 'Cache-Control'), `${label} Cache-Control`).toEqual([cacheControl]);
  expect(headerLines(response, 'Access-Control-Allow-Origin'), `${label} Access-Control-Allow-Origin`).toEqual([]);
}

/** Cloudflare replaces any Cache-Control with this on every 404. */
const NOT_FOUND_CACHE_CONTROL = 'no-store';

beforeAll(async () => {
  cloudflare = await startCloudflarePages();
}, 90_000);
afterAll(async () => {
  await cloudflare?.close();
});

describe('Cloudflare Pages (wrangler pages dev) serving out/ with its _headers and _redirects, status by status', () => {
  it('answers every page and file in out/ (200) with each security header once and the Cache-Control _headers gives it, never joined with a second rule', async () => {
    const responses = await Promise.all(servedUrls.map(async (urlPath) => [urlPath, await get(urlPath)] as const));
    for (const [urlPath, response] of responses) {
      expect(response.status, urlPath).toBe(200);
      expectSiteHeaders(response, cacheControlFor(urlPath), urlPath);
    }
    expect(servedUrls).toEqual(expect.arrayContaining(['/', article, '/availability/', '/availability/texas/']));
    expect(servedUrls.some((urlPath) => urlPath.startsWith(HASHED_ASSETS_PREFIX)), 'a hashed asset').toBe(true);
  });

  it.each(redirects.map((redirect) => [redirect.from, redirect.to] as const))(
    'moves the old address %s permanently to %s (301), with the security headers and Cache-Control',
    async (from, to) => {
      const response = await get(from);
      expect(response.status).toBe(301);
      expect(response.headers.location).toBe(to);
      expectSiteHeaders(response, 'no-cache');
    },
  );

  it.each([
    ['an address without its final slash', article.replace(/\/$/, ''), article],
    ['a page asked for by its file name', `${article}index.html`, article],
    ['the home page asked for by its file name', '/index.html', '/'],
    ['any address ending in /index, even one that does not exist', '/no-such-folder/index', '/no-such-folder/'],
    ['the not-found page’s folder', '/404/', '/404'],
    ['the not-found page’s file', '/404.html', '/404'],
    ['the Spanish not-found page’s file', '/es/404.html', '/es/404'],
  ])('redirects %s (308, Cloudflare’s own) with the security headers and Cache-Control', async (_, from, to) => {
    const response = await get(from);
    expect(response.status).toBe(308);
    expect(response.headers.location).toBe(to);
    expectSiteHeaders(response, 'no-cache');
  });

  it('answers a page the browser already has (304) with the security headers and Cache-Control', async () => {
    const etag = String((await get(article)).headers.etag);
    const response = await get(article, { headers: { 'If-None-Match': etag } });
    expect(response.status).toBe(304);
    expectSiteHeaders(response, 'no-cache');
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS'])('refuses %s to a page (405) with the security headers and Cache-Control', async (method) => {
    const response = await get(article, { method });
    expect(response.status).toBe(405);
    expectSiteHeaders(response, 'no-cache');
  });

  it.each(['/no-such-page/', '/no-such-file.css', '/_not-found/', '/404', '/_next/static/'])(
    'answers %s with status 404, the site’s own not-found page and the security headers',
    async (urlPath) => {
      const response = await get(urlPath);
      expect(response.status).toBe(404);
      expect(response.body.toString()).toContain('Page not found');
      expectSiteHeaders(response, NOT_FOUND_CACHE_CONTROL);
    },
  );

  it.each(['/es/no-such-page/', '/es/disponibilidad/no-such-state/', '/es/404'])(
    'answers %s under the Spanish pages with status 404, the Spanish not-found page and the security headers',
    async (urlPath) => {
      const response = await get(urlPath);
      expect(response.status).toBe(404);
      expect(response.body.toString()).toContain(message(spanish, 'notFound.title'));
      expectSiteHeaders(response, NOT_FOUND_CACHE_CONTROL);
    },
  );

  it('serves none of the .gz copies at its own address: each answers 404 with its language’s not-found page', async () => {
    // Ten at a time: every 404 makes the local runtime look for the language's not-found page,
    // and a hundred at once outlasted the test's limit on a busy machine.
    const responses: (readonly [string, RawResponse])[] = [];
    for (let start = 0; start < precompressedCopies.length; start += 10) {
      const batch = precompressedCopies.slice(start, start + 10);
      responses.push(...(await Promise.all(batch.map(async (urlPath) => [urlPath, await get(urlPath)] as const))));
    }
    for (const [urlPath, response] of responses) {
      expect(response.status, urlPath).toBe(404);
      expect(response.body.toString(), urlPath).toContain(urlPath.startsWith('/es/') ? message(spanish, 'notFound.title') : 'Page not found');
      expectSiteHeaders(response, NOT_FOUND_CACHE_CONTROL, urlPath);
    }
    expect(precompressedCopies).toEqual(expect.arrayContaining(['/index.html.gz', `${article}index.html.gz`, '/es/index.html.gz']));
  });

  it.each(HOST_CONFIG_FILES.map((file) => `/${file}`))('never serves its own configuration file %s', async (urlPath) => {
    expect((await get(urlPath)).status).not.toBe(200);
  });
});
