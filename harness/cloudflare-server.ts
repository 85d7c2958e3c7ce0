import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OUT_DIR } from '@/lib/hosting/build-paths';
import { freePort, waitUntilServing, type RunningServer } from '@/harness/free-port';

/**
 * The Workers runtime date the site is tested against. wrangler's workerd refuses dates newer
 * than itself, so it is pinned rather than today's; a Pages project sets its own in the
 * dashboard, and static assets with _headers and _redirects behave the same on any date.
 */
export const CLOUDFLARE_COMPATIBILITY_DATE = '2024-09-23';

/**
 * Serves a folder with `wrangler pages dev`: Cloudflare's own runtime (workerd, from npm)
 * applying out/_headers and out/_redirects exactly as Cloudflare Pages does, on a free loopback
 * port, with no account and no network. wrangler keeps its state and logs in a temporary folder.
 */
export async function startCloudflarePages(root: string = OUT_DIR): Promise<RunningServer> {
  const port = await freePort();
  const tempDir = mkdtempSync(path.join(tmpdir(), 'site-wrangler-'));
  const wrangler = spawn(
    path.join(process.cwd(), 'node_modules', '.bin', 'wrangler'),
    [
      'pages', 'dev', root,
      '--ip', '127.0.0.1',
      '--port', String(port),
      '--compatibility-date', CLOUDFLARE_COMPATIBILITY_DATE,
      '--persist-to', path.join(tempDir, 'state'),
      '--show-interactive-dev-session=false',
      '--log-level', 'error',
    ],
    {
      cwd: tempDir,
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', WRANGLER_LOG_PATH: path.join(tempDir, 'logs') },
      // Its own process group: wrangler starts workerd and esbuild, and closing ends them all.
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  wrangler.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<never>((_, reject) => wrangler.once('exit', (code) => reject(new Error(`wrangler exited with code ${code}:\n${stderr}`))));
  const stop = (): void => {
    if (wrangler.pid !== undefined) process.kill(-wrangler.pid, 'SIGTERM');
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilServing(`${url}/`, exited);
  } catch (error) {
    stop();
    throw error;
  }
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        wrangler.removeAllListeners('exit');
        wrangler.once('exit', () => {
          rmSync(tempDir, { recursive: true, force: true });
          resolve();
        });
        stop();
      }),
  };
}
