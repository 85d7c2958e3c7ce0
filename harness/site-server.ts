import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { OUT_DIR, SERVE_CONFIG_FILE } from '@/lib/hosting/build-paths';
import { freePort, waitUntilServing, type RunningServer } from '@/harness/free-port';

/**
 * Serves a folder exactly as `npm run serve` serves out/ (same server, same generated config
 * with the site's headers), on a free loopback port, so tests see what a person running the
 * README's command sees.
 */
export async function startSiteServer(root: string = OUT_DIR): Promise<RunningServer> {
  if (!existsSync(SERVE_CONFIG_FILE)) {
    throw new Error(`${path.basename(SERVE_CONFIG_FILE)} is missing: \`npm run build\` writes it.`);
  }
  const port = await freePort();
  const cwd = process.cwd();
  const server = spawn(
    path.join(cwd, 'node_modules', '.bin', 'serve'),
    [root, '--config', SERVE_CONFIG_FILE, '--listen', `tcp://127.0.0.1:${port}`, '--no-clipboard', '--no-request-logging'],
    { cwd, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const exited = new Promise<never>((_, reject) => server.once('exit', (code) => reject(new Error(`The local site server exited with code ${code}`))));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilServing(`${url}/`, exited);
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        server.removeAllListeners('exit');
        server.once('exit', () => resolve());
        server.kill();
      }),
  };
}
