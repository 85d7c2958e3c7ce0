import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { OUT_DIR, listFiles, urlPathOf } from '@/lib/hosting/build-paths';

export { OUT_DIR };

/** Fails with the fix in the message, rather than with a confusing missing-file error. */
export function assertBuilt(): void {
  if (!existsSync(path.join(OUT_DIR, 'index.html'))) {
    throw new Error('out/ has no index.html: run `npm run build` before `npm run test:built`.');
  }
}

/** Every HTML page a host would serve, as URL paths: /, /after-effects/, /404.html. */
export function builtPages(): string[] {
  return listFiles(OUT_DIR)
    .filter((file) => file.endsWith('.html'))
    .map(urlPathOf)
    .sort();
}

/** The file a static host serves for a URL path, or undefined when it would be a 404. */
export function fileForPath(urlPath: string): string | undefined {
  const relative = decodeURIComponent(urlPath).replace(/^\//, '');
  const candidates = urlPath.endsWith('/') ? [path.join(relative, 'index.html')] : [relative];
  return candidates.map((candidate) => path.join(OUT_DIR, candidate)).find((file) => existsSync(file));
}

const parsed = new Map<string, Document>();

/** The page a host would serve for a URL path, parsed once per test file: link checks read the same pages many times. */
export function readPage(urlPath: string): Document {
  const file = fileForPath(urlPath);
  if (!file) throw new Error(`out/ has no page for ${urlPath}`);
  let document = parsed.get(file);
  if (!document) {
    document = new JSDOM(readFileSync(file, 'utf8')).window.document;
    parsed.set(file, document);
  }
  return document;
}
