import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { OUT_DIR } from '@/lib/hosting/build-paths';
import { contentTypeFor } from '@/lib/hosting/content-types';
import { freePort, type RunningServer } from '@/harness/free-port';

/** The file a bare static host serves for a URL path: index.html for a folder, else the file itself. */
function fileFor(root: string, urlPath: string): string | undefined {
  const relative = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const file = path.join(root, relative, relative.endsWith('/') ? 'index.html' : '');
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return undefined;
  return file;
}

/**
 * Serves a folder the way GitHub Pages, S3 or a shared host does when nobody configures it:
 * the file with its Content-Type, 404.html for unknown addresses, and no other header at all.
 * What protects a page here is only what the page carries itself.
 */
export async function startPlainServer(root: string = OUT_DIR): Promise<RunningServer> {
  const server = createServer((request, response) => {
    const file = fileFor(root, request.url ?? '/');
    const served = file ?? path.join(root, '404.html');
    response.writeHead(file ? 200 : 404, { 'Content-Type': contentTypeFor(served) ?? 'application/octet-stream' });
    createReadStream(served).pipe(response);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
