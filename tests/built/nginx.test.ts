import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content/articles';
import { HOST_CONFIG_FILES, listFiles } from '@/lib/hosting/build-paths';
import { contentTypeFor, extensionOf } from '@/lib/hosting/content-types';
import { listRedirects } from '@/lib/hosting/redirects';
import { headersFor } from '@/lib/hosting/security-headers';
import { startNginx } from '../servers/nginx-server';
import type { RunningServer } from '../servers/free-port';
import { OUT_DIR, assertBuilt } from './out-dir';

assertBuilt();
const articles = await loadArticles();
const article = articles[0]?.path ?? '';
let nginx: RunningServer;

interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw request, so the test controls Accept-Encoding and sees the bytes nginx sent. */
function get(urlPath: string, headers: Record<string, string> = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    request(`${nginx.url}${urlPath}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

beforeAll(async () => {
  nginx = await startNginx();
}, 30_000);
afterAll(async () => {
  await nginx?.close();
});

describe('nginx with deploy/nginx.conf', () => {
  const stylesheet = listFiles(OUT_DIR).find((file) => file.endsWith('.css')) ?? '';

  it.each([
    ['an article', article, 200],
    ['the home page', '/', 200],
    ['the 404 page, for an unknown address', '/no-such-page/', 404],
    ['the stylesheet', `/${stylesheet}`, 200],
  ])('sends every security and cache header on %s', async (_, urlPath, status) => {
    const response = await get(urlPath);
    expect(response.status).toBe(status);
    for (const [name, value] of headersFor(urlPath)) expect(response.headers[name.toLowerCase()], name).toBe(value);
  });

  it.each(['/no-such-page/', '/no-such-file.css', '/_next/static/'])(
    'answers %s with status 404 and the site’s own not-found page',
    async (urlPath) => {
      const response = await get(urlPath);
      expect(response.status).toBe(404);
      expect(response.body.toString()).toContain('Page not found');
    },
  );

  it('redirects an address without its final slash to the page', async () => {
    const response = await get(article.replace(/\/$/, ''));
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe(article);
  });

  it.each(listRedirects(articles).map((redirect) => [redirect.from, redirect.to] as const))(
    'moves the old address %s permanently to %s, with the security headers',
    async (from, to) => {
      const response = await get(from);
      expect(response.status).toBe(301);
      expect(response.headers.location).toBe(to);
      expect(response.headers['content-security-policy']).toBe(headersFor(to).find(([name]) => name === 'Content-Security-Policy')?.[1]);
    },
  );

  it('sends the precompressed file to a client that accepts gzip, and plain bytes to one that does not', async () => {
    const original = readFileSync(path.join(OUT_DIR, article, 'index.html'));
    const gzipped = await get(article, { 'Accept-Encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(gzipped.body).equals(original)).toBe(true);
    const plain = await get(article);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);
  });

  it('sends the right Content-Type for every kind of file in out/', async () => {
    // .gz files are encodings of the others; _headers and _redirects configure other hosts.
    const served = listFiles(OUT_DIR).filter((file) => !file.endsWith('.gz') && !HOST_CONFIG_FILES.includes(file));
    const oneOfEachType = [...new Map(served.map((file) => [extensionOf(file), file])).values()];
    for (const file of oneOfEachType) {
      const expected = contentTypeFor(file);
      expect(expected, `out/${file}: add ".${extensionOf(file)}" to FILE_TYPES in lib/hosting/content-types.ts`).toBeDefined();
      expect((await get(`/${file}`)).headers['content-type'], file).toBe(expected);
    }
    expect(oneOfEachType.map(extensionOf)).toEqual(expect.arrayContaining(['html', 'css']));
  });
});
