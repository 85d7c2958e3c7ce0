import { createServer } from 'node:net';

/** A loopback port nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Resolves once the server answers at url, or rejects once `exited` does (the server stopped).
 * No deadline of its own: a server starts slowly on a busy machine, and the calling hook's
 * timeout still ends a hang.
 */
export async function waitUntilServing(url: string, exited: Promise<never>): Promise<void> {
  let stopped = false;
  const serving = (async () => {
    while (!stopped) {
      try {
        // Any answer will do, a redirect included (nginx's port 80 answers only with one to HTTPS).
        await fetch(url, { redirect: 'manual' });
        return;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  try {
    await Promise.race([serving, exited]);
  } finally {
    stopped = true;
  }
}

export interface RunningServer {
  url: string;
  close: () => Promise<void>;
}
