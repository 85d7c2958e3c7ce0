import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OUT_DIR } from '@/lib/hosting/build-paths';
import { loadArticles } from '@/lib/content/articles';
import { renderNginxServer } from '@/lib/hosting/nginx-config';
import { listRedirects } from '@/lib/hosting/redirects';
import { freePort, waitUntilServing, type RunningServer } from './free-port';

export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

/**
 * The shipped server block (same generator as deploy/nginx.conf, with a loopback port and this
 * checkout's folder as root) inside the smallest main config that runs nginx in the foreground
 * with every file it writes in a temporary folder.
 */
function mainConfig(serverBlock: string, tempDir: string): string {
  const temp = (name: string) => path.join(tempDir, name);
  return [
    // As root, workers would switch to `nobody`, which may not read the checkout.
    process.getuid?.() === 0 ? 'user root;' : '',
    'daemon off;',
    'worker_processes auto;',
    `pid ${temp('nginx.pid')};`,
    `error_log ${temp('error.log')} warn;`,
    'events { worker_connections 1024; }',
    'http {',
    '    access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${temp(kind)};`),
    serverBlock,
    '}',
    '',
  ].join('\n');
}

export async function startNginx(root: string = OUT_DIR): Promise<RunningServer> {
  if (!existsSync(NGINX_PATH)) {
    throw new Error(`nginx is not installed at ${NGINX_PATH}: install it with \`apt-get install -y nginx\` (Debian/Ubuntu), or set NGINX_PATH.`);
  }
  const port = await freePort();
  const tempDir = mkdtempSync(path.join(tmpdir(), 'site-nginx-'));
  const configFile = path.join(tempDir, 'nginx.conf');
  writeFileSync(configFile, mainConfig(renderNginxServer({ listen: `127.0.0.1:${port}`, root, redirects: listRedirects(await loadArticles()) }), tempDir));
  const nginx = spawn(NGINX_PATH, ['-p', tempDir, '-c', configFile], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<never>((_, reject) =>
    nginx.once('exit', (code) => reject(new Error(`nginx exited with code ${code}:\n${stderr}${readLog(tempDir)}`))),
  );
  const url = `http://127.0.0.1:${port}`;
  try {
    await Promise.race([waitUntilServing(`${url}/`, 15_000, 'nginx'), exited]);
  } catch (error) {
    nginx.kill();
    throw error;
  }
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        nginx.removeAllListeners('exit');
        nginx.once('exit', () => {
          rmSync(tempDir, { recursive: true, force: true });
          resolve();
        });
        nginx.kill('SIGQUIT');
      }),
  };
}

function readLog(tempDir: string): string {
  const log = path.join(tempDir, 'error.log');
  return existsSync(log) ? readFileSync(log, 'utf8') : '';
}
