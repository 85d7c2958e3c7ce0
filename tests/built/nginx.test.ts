import { spanish } from '@/lib/i18n/languages';
import { message } from '@/lib/i18n/messages';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createConnection, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connect } from 'node:tls';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content/articles';
import { HOST_CONFIG_FILES, listFiles } from '@/lib/hosting/build-paths';
import { contentTypeFor, extensionOf } from '@/lib/hosting/content-types';
import { listRedirects } from '@/lib/hosting/redirects';
import { headersFor } from '@/lib/hosting/security-headers';
import { startNginx, type RunningNginx } from '@/harness/nginx-server';
import { OUT_DIR, assertBuilt } from '@/tests/built/out-dir';
import { exchange } from '@/tests/built/raw-exchange';
import { expectEachHeaderOnce, requestRaw, type RawRequest } from '@/tests/built/responses';

assertBuilt();
const articles = await loadArticles();
const article = articles[0]?.path ?? '';
const stylesheet = listFiles(OUT_DIR).find((file) => file.endsWith('.css')) ?? '';
const [alias] = listRedirects(articles);
let nginx: RunningNginx;
let webRoot: string;
let unreadableFile: Server;

/**
 * out/ as a deployer might really copy it: every file the build wrote, plus a stray .env and
 * .git/ that must never be served. The build's own files are linked, not copied.
 */
function webRootWithStrayFiles(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'site-web-root-'));
  for (const entry of readdirSync(OUT_DIR)) symlinkSync(path.join(OUT_DIR, entry), path.join(root, entry));
  writeFileSync(path.join(root, '.env'), 'SECRET=do-not-serve\n');
  mkdirSync(path.join(root, '.git'));
  writeFileSync(path.join(root, '.git', 'config'), '[core]\n');
  return root;
}

/**
 * A socket in the web root, named like a stylesheet: nginx cannot open it as a file, so asking
 * for it is the one way to make nginx answer 500 (a disk or permission fault on a real server).
 */
function listenInWebRoot(fileName: string): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer().listen(path.join(webRoot, fileName), () => resolve(server));
  });
}

/** A request to the HTTPS server, which serves the site; the test controls every header it sends. */
const site = (urlPath: string, options?: RawRequest) => requestRaw(`${nginx.url}${urlPath}`, { ...options, ca: nginx.certificate });
const portEighty = (urlPath: string, options?: RawRequest) => requestRaw(`${nginx.httpUrl}${urlPath}`, options);

const loopback = (url: string) => ({ host: '127.0.0.1', port: Number(new URL(url).port) });
/** The same servers, sent exactly these bytes: requests no HTTP client would write. */
const rawSite = (request: string) => exchange((ready) => connect({ ...loopback(nginx.url), ca: nginx.certificate }, ready), request);
const rawPortEighty = (request: string) => exchange((ready) => createConnection(loopback(nginx.httpUrl), ready), request);
const plainHttpToSite = (request: string) => exchange((ready) => createConnection(loopback(nginx.url), ready), request);

/** A request as a client would send it, with a Host and these extra header lines. */
const request = (requestLine: string, ...headerLines: string[]) =>
  [requestLine, 'Host: dryneedling.example.org', ...headerLines, 'Connection: close', '', ''].join('\r\n');
const longAddress = `/${'a'.repeat(9000)}`;

beforeAll(async () => {
  webRoot = webRootWithStrayFiles();
  unreadableFile = await listenInWebRoot('unreadable.css');
  nginx = await startNginx(webRoot);
}, 30_000);
afterAll(async () => {
  await nginx?.close();
  unreadableFile?.close();
  if (webRoot) rmSync(webRoot, { recursive: true, force: true });
});

describe('nginx with deploy/nginx.conf, over HTTPS', () => {
  it.each([
    ['an article', () => site(article), 200, article],
    ['the home page', () => site('/'), 200, '/'],
    ['the stylesheet', () => site(`/${stylesheet}`), 200, `/${stylesheet}`],
    ['the 404 page, for an unknown address', () => site('/no-such-page/'), 404, '/no-such-page/'],
    ['an address without its final slash', () => site(article.replace(/\/$/, '')), 301, article],
    ['an old address', () => site(alias?.from ?? ''), 301, alias?.to ?? ''],
    ['a page the browser already has (304)', async () => site(article, { headers: { 'If-None-Match': String((await site(article)).headers.etag) } }), 304, article],
    // Ranges are off (nginx 1.22 doubles every header on a 416): the whole file, with each header once.
    ['a range past the end of the stylesheet', () => site(`/${stylesheet}`, { headers: { Range: 'bytes=99999999-' } }), 200, `/${stylesheet}`],
    ['a range inside the stylesheet', () => site(`/${stylesheet}`, { headers: { Range: 'bytes=0-9' } }), 200, `/${stylesheet}`],
    ['a POST to a page (405)', () => site(article, { method: 'POST' }), 405, article],
    ['a stray dotfile', () => site('/.env'), 404, '/.env'],
  ] as const)('sends each security header and Cache-Control exactly once on %s', async (_, send, status, headersOf) => {
    const response = await send();
    expect(response.status).toBe(status);
    expectEachHeaderOnce(response, headersFor(headersOf));
  });

  // nginx answers these before it picks a location, so only the server's own add_header lines can reach them.
  it.each([
    ['TRACE', request('TRACE / HTTP/1.1'), 405],
    ['a path that climbs above the web root, /../', request('GET /../../etc/passwd HTTP/1.1'), 400],
    ['a request line that is not HTTP', 'HELLO\r\n\r\n', 400],
    ['an HTTP/1.1 request without Host', 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n', 400],
    ['headers over 8 kB (nginx’s answer where other servers send 431)', request('GET / HTTP/1.1', `Cookie: ${'a'.repeat(9000)}`), 400],
    ['an address over 8 kB', request(`GET ${longAddress} HTTP/1.1`), 414],
    ['a Transfer-Encoding nginx does not know', request('POST / HTTP/1.1', 'Transfer-Encoding: gzip'), 501],
    ['both Content-Length and Transfer-Encoding', request('POST / HTTP/1.1', 'Content-Length: 5', 'Transfer-Encoding: chunked'), 400],
    ['HTTP/2.0 written as text', request('GET / HTTP/2.0'), 505],
  ] as const)('sends each security header and Cache-Control exactly once on its early answer to %s', async (_, bytes, status) => {
    const response = await rawSite(bytes);
    expect(response.status).toBe(status);
    expectEachHeaderOnce(response, headersFor('/'));
  });

  it.each([
    ['a body over 1 MB', request('POST / HTTP/1.1', 'Content-Length: 2000000'), 413],
    ['a version the client asks for that is not the one served (If-Match)', request(`GET ${article} HTTP/1.1`, 'If-Match: "not-this-version"'), 412],
    ['a file nginx cannot open', request('GET /unreadable.css HTTP/1.1'), 500],
    ['a folder with no page in it', request('GET /_next/ HTTP/1.1'), 404],
  ] as const)('sends each security header and Cache-Control exactly once when it refuses %s', async (_, bytes, status) => {
    const response = await rawSite(bytes);
    expect(response.status).toBe(status);
    expectEachHeaderOnce(response, headersFor('/'));
  });

  it('sends each security header once when plain HTTP reaches the HTTPS port (400)', async () => {
    const response = await plainHttpToSite(request('GET / HTTP/1.1'));
    expect(response.status).toBe(400);
    expectEachHeaderOnce(response, headersFor('/'));
  });

  it.each(['/no-such-page/', '/no-such-file.css', '/_next/static/', '/404.html', '/404/', '/_not-found/'])(
    'answers %s with status 404 and the site’s own not-found page',
    async (urlPath) => {
      const response = await site(urlPath);
      expect(response.status).toBe(404);
      expect(response.body.toString()).toContain('Page not found');
    },
  );

  it.each(['/es/no-such-page/', '/es/disponibilidad/no-such-state/', '/es/404.html', '/es/404/'])(
    'answers %s under the Spanish pages with status 404, the Spanish not-found page and each header once',
    async (urlPath) => {
      const response = await site(urlPath);
      expect(response.status).toBe(404);
      expect(response.body.toString()).toContain(message(spanish, 'notFound.title'));
      expect(response.body.toString()).toContain('<html lang="es"');
      expectEachHeaderOnce(response, headersFor('/es/404.html'));
    },
  );

  it.each(['/.env', '/.git/config', '/_next/.env', ...HOST_CONFIG_FILES.map((file) => `/${file}`)])(
    'never serves %s, a dotfile or another host’s configuration, even though the file is in the web root',
    async (urlPath) => {
      const response = await site(urlPath);
      expect(response.status).toBe(404);
      expect(response.body.toString()).toContain('Page not found');
    },
  );

  it('redirects an address without its final slash to the page', async () => {
    const response = await site(article.replace(/\/$/, ''));
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe(article);
  });

  it.each(listRedirects(articles).map((redirect) => [redirect.from, redirect.to] as const))(
    'moves the old address %s permanently to %s',
    async (from, to) => {
      const response = await site(from);
      expect(response.status).toBe(301);
      expect(response.headers.location).toBe(to);
    },
  );

  it('sends the precompressed file to a client that accepts gzip, and plain bytes to one that does not', async () => {
    const original = readFileSync(path.join(OUT_DIR, article, 'index.html'));
    const gzipped = await site(article, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(gzipped.body).equals(original)).toBe(true);
    const plain = await site(article);
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
      expect((await site(`/${file}`)).headers['content-type'], file).toBe(expected);
    }
    expect(oneOfEachType.map(extensionOf)).toEqual(expect.arrayContaining(['html', 'css']));
  });
});

/** Opens a TLS connection with the given client limits and reports what was agreed, or the refusal. */
function handshake(options: { maxVersion?: 'TLSv1.2' | 'TLSv1.3'; ciphers?: string }): Promise<{ protocol: string | null; cipher: string } | { refused: string }> {
  const { port } = new URL(nginx.url);
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port: Number(port), ca: nginx.certificate, ...options }, () => {
      resolve({ protocol: socket.getProtocol(), cipher: socket.getCipher().standardName });
      socket.end();
    });
    socket.on('error', (error: NodeJS.ErrnoException) => resolve({ refused: error.code ?? error.message }));
  });
}

describe('nginx TLS settings (Mozilla intermediate)', () => {
  it('agrees on TLS 1.3 with a client that offers it', async () => {
    expect(await handshake({})).toMatchObject({ protocol: 'TLSv1.3' });
  });

  it('agrees on TLS 1.2 with a forward-secret AEAD suite', async () => {
    expect(await handshake({ maxVersion: 'TLSv1.2', ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256' })).toEqual({
      protocol: 'TLSv1.2',
      cipher: 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
    });
  });

  it('refuses a TLS 1.2 client that offers only CBC suites, which nginx’s default list would accept', async () => {
    expect(await handshake({ maxVersion: 'TLSv1.2', ciphers: 'ECDHE-ECDSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA384' })).toHaveProperty('refused');
  });
});

describe('nginx port 80', () => {
  it('sends every address to the same address over HTTPS, with the security headers', async () => {
    const response = await portEighty(`${article}?from=email`, { headers: { Host: 'dryneedling.example.org' } });
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe(`https://dryneedling.example.org${article}?from=email`);
    expectEachHeaderOnce(response, headersFor(article));
  });

  it.each([
    ['TRACE', request('TRACE / HTTP/1.1'), 405],
    ['a path that climbs above the root, /../', request('GET /../../etc/passwd HTTP/1.1'), 400],
    ['an address over 8 kB', request(`GET ${longAddress} HTTP/1.1`), 414],
  ] as const)('sends each security header once on its early answer to %s', async (_, bytes, status) => {
    const response = await rawPortEighty(bytes);
    expect(response.status).toBe(status);
    expectEachHeaderOnce(response, headersFor('/'));
  });

  it('answers Let’s Encrypt’s check from its own folder, not from the site', async () => {
    writeFileSync(path.join(nginx.acmeRoot, '.well-known', 'acme-challenge', 'token-123'), 'token-123.key\n');
    const response = await portEighty('/.well-known/acme-challenge/token-123');
    expect(response.status).toBe(200);
    expect(response.body.toString()).toBe('token-123.key\n');
  });
});
