// `npm run dev`: the editors' live preview. Next's development server, in front of which every
// page request first runs the content check (again only once a file has changed): while the
// content has errors, the browser gets them as `npm run check:content` prints them, never a
// stack trace, and the server keeps running until they are fixed.
import { watch } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import next from 'next';
import { hasErrors } from '../lib/checks/content-check';
import { CONTENT_DIR } from '../lib/content/content-paths';
import { missingPage, previewCheck, problemPage } from '../lib/checks/preview';
import { loadRouteTable } from '../lib/site/route-table';

const port = Number(process.env.PORT ?? 3000);
// Loopback only: the preview shows drafts, and is not for other machines on the network.
const hostname = '127.0.0.1';

/**
 * A page address (the site's pages all end in "/") that the content has no page for. Next's
 * development server answers such an address with an error of its own under `output: 'export'`.
 */
async function isMissingPage(pathname: string): Promise<boolean> {
  return pathname.endsWith('/') && !(await loadRouteTable()).routes.has(pathname);
}

function send(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(html);
}

/** Next's own files, its live-reload connection and its dev tools: never a page of the site. */
function isNextInternal(url: string): boolean {
  return url.startsWith('/_next/') || url.startsWith('/__nextjs');
}

async function main(): Promise<void> {
  const app = next({ dev: true, dir: process.cwd(), hostname, port });
  const handle = app.getRequestHandler();
  const check = previewCheck();
  await app.prepare();
  const server = createServer((request, response) => {
    void (async () => {
      const url = request.url ?? '/';
      if (!isNextInternal(url)) {
        const report = await check();
        if (hasErrors(report)) return send(response, 500, problemPage(report));
        const { pathname } = new URL(url, 'http://localhost');
        if (await isMissingPage(pathname)) return send(response, 404, missingPage(pathname));
      }
      await handle(request, response);
    })().catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('The preview could not show this page; the terminal running `npm run dev` says why.\n');
    });
  });
  // The check starts as soon as a file is saved, so it is done or under way by the time the
  // editor reloads. Saving often writes a file in several steps: wait until they are over.
  let saved: NodeJS.Timeout | undefined;
  watch(CONTENT_DIR, { recursive: true }, () => {
    clearTimeout(saved);
    saved = setTimeout(() => void check().catch(() => undefined), 100);
  }).on('error', () => undefined);
  server.on('upgrade', (request, socket, head) => void app.getUpgradeHandler()(request, socket, head));
  server.listen(port, hostname, () => {
    console.log(`Preview at http://localhost:${port}/ : edit a file in content/, save it, and reload the page.`);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
