import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connect } from 'node:net';
import { freePort, type RunningServer } from '@/harness/free-port';

/** What `npm run dev` needs of the project: the site's code, its content and its configuration. */
const PROJECT_FILES = [
  'app',
  'components',
  'lib',
  'content',
  'public',
  'fonts',
  'scripts',
  'next.config.ts',
  'tsconfig.json',
  'postcss.config.mjs',
  'tailwind.config.ts',
  'package.json',
  'package-lock.json',
];

/**
 * Resolves once something accepts connections on the port; the preview listens only once Next is
 * ready. No deadline of its own (Next compiles slowly on a busy machine): it fails when the server
 * stops, and the calling hook's timeout ends a hang.
 */
async function waitForPort(port: number, running: () => boolean): Promise<void> {
  for (;;) {
    if (!running()) throw new Error('npm run dev stopped before it listened');
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.end(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface DevPreview extends RunningServer {
  /** The throwaway copy of the project the preview serves; its content/ is the one to edit. */
  readonly dir: string;
  /** What the server has printed so far. */
  output(): string;
}

/**
 * `npm run dev` in a throwaway copy of the project on a free loopback port, so a test or bench can
 * edit content without touching the real content/. node_modules is copied as hard links (a
 * second or so): Turbopack does not follow a node_modules link that points outside the project.
 */
export async function startDevPreview(project: string = process.cwd()): Promise<DevPreview> {
  const root = mkdtempSync(path.join(tmpdir(), 'dev-preview-'));
  const dir = path.join(root, 'project');
  mkdirSync(dir);
  // The content check compares the content with the clinic's article in ../shared/, beside the project.
  const shared = path.join(project, '..', 'shared');
  if (existsSync(shared)) symlinkSync(shared, path.join(root, 'shared'));
  for (const name of PROJECT_FILES) {
    if (existsSync(path.join(project, name))) cpSync(path.join(project, name), path.join(dir, name), { recursive: true });
  }
  const linked = spawnSync('cp', ['-al', path.join(project, 'node_modules'), path.join(dir, 'node_modules')], { stdio: 'inherit' });
  if (linked.status !== 0) throw new Error('Could not copy node_modules into the throwaway project as hard links (cp -al).');

  const port = await freePort();
  let output = '';
  // A process group of its own, so closing it also ends the workers Next starts.
  const server = spawn('npm', ['run', 'dev'], {
    cwd: dir,
    detached: true,
    env: { ...process.env, PORT: String(port), NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));

  const close = async () => {
    if (server.exitCode === null && server.pid !== undefined) {
      const signal = (name: NodeJS.Signals) => {
        try {
          process.kill(-(server.pid ?? 0), name);
        } catch {
          // Already gone.
        }
      };
      signal('SIGTERM');
      const stuck = setTimeout(() => signal('SIGKILL'), 5_000);
      await exited;
      clearTimeout(stuck);
    }
    rmSync(root, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForPort(port, () => server.exitCode === null);
  } catch (error) {
    await close();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output}`);
  }
  return { url, dir, close, output: () => output };
}
