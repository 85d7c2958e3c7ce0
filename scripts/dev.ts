// `npm run dev`: the editors' live preview. Next's development server, in front of which every
// page request first runs the content check (again only once a file has changed): while the
// content has errors, the browser gets them as `npm run check:content` prints them, never a
// stack trace, and the server keeps running until they are fixed. It is a tool for this computer:
// it answers only requests addressed to localhost, only at the site's own addresses, and never
// with Next's development error page (a stack trace and the project's paths).
import { watch } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import next from 'next';
import { hasErrors } from '../lib/checks/content-check';
import { CONTENT_DIR } from '../lib/content/content-paths';
import { failedPage, isPreviewHost, isPreviewOrigin, isSiteAddress, missingPage, previewCheck, problemPage } from '../lib/checks/preview';
import { loadRouteTable } from '../lib/site/route-table';
import { loadSitePages } from '../lib/site/site-pages';

const port = Number(process.env.PORT ?? 3000);
// Loopback only: the preview shows drafts, and is not for other machines on the network.
const hostname = '127.0.0.1';

/** The site's addresses as the content stands: its pages (with old addresses and not-found pages) and their link-preview images. */
async function siteAddresses(): Promise<string[]> {
  const [table, pages] = await Promise.all([loadRouteTable(), loadSitePages()]);
  return [...table.routes.keys(), ...pages.map((page) => page.image)];
}

function send(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(html);
}

/** The whole answer to a request for another host name: no page, no drafts. */
function refuse(response: ServerResponse): void {
  response.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(`The preview answers only at http://localhost:${port}/ on this computer.\n`);
}

/** Next's own files, its live-reload connection and its dev tools: never a page of the site. */
function isNextInternal(url: string): boolean {
  return url.startsWith('/_next/') || url.startsWith('/__nextjs');
}

/**
 * Lets Next write its answer into memory, and sends it once it is complete, unless it is a
 * server error: then Next's development error page (a stack trace and the project's paths) is
 * replaced by a plain page, and the terminal, where Next has printed the error, says which
 * address failed. The site's pages and files are small enough to hold.
 */
function withoutErrorPage(response: ServerResponse, pathname: string): void {
  const { writeHead, write, end } = response;
  const chunks: Buffer[] = [];
  let head: Parameters<typeof writeHead> | undefined;
  const keep = (chunk: unknown, encoding: unknown) => {
    if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  const callbackOf = (...args: unknown[]) => args.find((arg): arg is () => void => typeof arg === 'function');
  // Headers go out with the body, once it is known that the answer is not an error page.
  response.flushHeaders = () => undefined;
  response.writeHead = ((...args: Parameters<typeof writeHead>) => {
    head = args;
    response.statusCode = args[0];
    return response;
  }) as typeof writeHead;
  response.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    keep(chunk, encoding);
    callbackOf(encoding, callback)?.();
    return true;
  }) as typeof write;
  response.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    keep(chunk, encoding);
    Object.assign(response, { writeHead, write, end });
    if (response.statusCode >= 500) {
      console.error(`The preview could not show ${pathname}: the error is above. The browser was shown a plain page saying so.`);
      for (const name of response.getHeaderNames()) response.removeHeader(name);
      send(response, 500, failedPage());
    } else {
      if (head) response.writeHead(...head);
      response.end(Buffer.concat(chunks));
    }
    callbackOf(chunk, encoding, callback)?.();
    return response;
  }) as typeof end;
}

function preview(check: ReturnType<typeof previewCheck>, handle: (request: IncomingMessage, response: ServerResponse) => Promise<void>) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (!isPreviewHost(request.headers.host, port)) return refuse(response);
    const url = request.url ?? '/';
    if (isNextInternal(url)) return handle(request, response);
    const report = await check();
    if (hasErrors(report)) return send(response, 500, problemPage(report));
    const { pathname } = new URL(url, 'http://localhost');
    if (!isSiteAddress(pathname, await siteAddresses())) return send(response, 404, missingPage(pathname));
    withoutErrorPage(response, pathname);
    await handle(request, response);
  };
}

async function main(): Promise<void> {
  const app = next({ dev: true, dir: process.cwd(), hostname, port });
  const check = previewCheck();
  const answer = preview(check, app.getRequestHandler());
  await app.prepare();
  const server = createServer((request, response) => {
    answer(request, response).catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      if (response.headersSent) return void response.end();
      for (const name of response.getHeaderNames()) response.removeHeader(name);
      send(response, 500, failedPage());
    });
  });
  // The check starts as soon as a file is saved, so it is done or under way by the time the
  // editor reloads. Saving often writes a file in several steps: wait until they are over.
  let saved: NodeJS.Timeout | undefined;
  watch(CONTENT_DIR, { recursive: true }, () => {
    clearTimeout(saved);
    saved = setTimeout(() => void check().catch(() => undefined), 100);
  }).on('error', () => undefined);
  const upgrade = app.getUpgradeHandler();
  server.on('upgrade', (request: IncomingMessage, socket, head: Buffer) => {
    if (isPreviewHost(request.headers.host, port) && isPreviewOrigin(request.headers.origin, port)) return void upgrade(request, socket, head);
    socket.end('HTTP/1.1 421 Misdirected Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
  server.listen(port, hostname, () => {
    console.log(`Preview at http://localhost:${port}/ : edit a file in content/, save it, and reload the page.`);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
