import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OUT_DIR } from '@/lib/hosting/build-paths';
import { loadArticles } from '@/lib/content/articles';
import { renderNginxServer } from '@/lib/hosting/nginx-config';
import { listRedirects } from '@/lib/hosting/redirects';
import { freePort, waitUntilServing, type RunningServer } from '@/harness/free-port';

export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const OPENSSL_PATH = process.env.OPENSSL_PATH ?? '/usr/bin/openssl';

export interface RunningNginx extends RunningServer {
  /** The HTTPS server, which serves the site: the same as url. */
  readonly url: string;
  /** The port-80 server, which only redirects to HTTPS and answers Let's Encrypt's check. */
  readonly httpUrl: string;
  /** The throwaway self-signed certificate, to trust in requests. */
  readonly certificate: Buffer;
  /** The folder the port-80 server answers /.well-known/acme-challenge/ from. */
  readonly acmeRoot: string;
}

/** A self-signed ECDSA certificate for 127.0.0.1, valid for a day, made for this run only. */
function makeCertificate(tempDir: string): { certificate: string; certificateKey: string } {
  if (!existsSync(OPENSSL_PATH)) {
    throw new Error(`openssl is not installed at ${OPENSSL_PATH}: install it with \`apt-get install -y openssl\`, or set OPENSSL_PATH.`);
  }
  const certificate = path.join(tempDir, 'certificate.pem');
  const certificateKey = path.join(tempDir, 'key.pem');
  execFileSync(OPENSSL_PATH, [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
    '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1',
    '-keyout', certificateKey, '-out', certificate,
  ], { stdio: 'ignore' });
  return { certificate, certificateKey };
}

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

/**
 * The shipped configuration on two free loopback ports (one for each server block), with a
 * throwaway certificate and this checkout's out/ as root.
 */
export async function startNginx(root: string = OUT_DIR): Promise<RunningNginx> {
  if (!existsSync(NGINX_PATH)) {
    throw new Error(`nginx is not installed at ${NGINX_PATH}: install it with \`apt-get install -y nginx\` (Debian/Ubuntu), or set NGINX_PATH.`);
  }
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  const tempDir = mkdtempSync(path.join(tmpdir(), 'site-nginx-'));
  const acmeRoot = path.join(tempDir, 'acme');
  mkdirSync(path.join(acmeRoot, '.well-known', 'acme-challenge'), { recursive: true });
  const { certificate, certificateKey } = makeCertificate(tempDir);
  const site = {
    httpListen: [`127.0.0.1:${httpPort}`],
    httpsListen: [`127.0.0.1:${httpsPort}`],
    root,
    acmeRoot,
    certificate,
    certificateKey,
    redirects: listRedirects(await loadArticles()),
  };
  const configFile = path.join(tempDir, 'nginx.conf');
  writeFileSync(configFile, mainConfig(renderNginxServer(site), tempDir));
  const nginx = spawn(NGINX_PATH, ['-p', tempDir, '-c', configFile], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<never>((_, reject) =>
    nginx.once('exit', (code) => reject(new Error(`nginx exited with code ${code}:\n${stderr}${readLog(tempDir)}`))),
  );
  const url = `https://127.0.0.1:${httpsPort}`;
  const httpUrl = `http://127.0.0.1:${httpPort}`;
  try {
    await waitUntilServing(`${httpUrl}/`, exited);
  } catch (error) {
    nginx.kill();
    throw error;
  }
  return {
    url,
    httpUrl,
    certificate: readFileSync(certificate),
    acmeRoot,
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
