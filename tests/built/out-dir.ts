import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';

export const OUT_DIR = path.join(process.cwd(), 'out');

/** Fails with the fix in the message, rather than with a confusing missing-file error. */
export function assertBuilt(): void {
  if (!existsSync(path.join(OUT_DIR, 'index.html'))) {
    throw new Error('out/ has no index.html: run `npm run build` before `npm run test:built`.');
  }
}

/** Every HTML page a host would serve, as URL paths: /, /after-effects/, /404.html. */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '_next') walk(full);
      } else if (entry.name.endsWith('.html')) {
        const relative = path.relative(OUT_DIR, full).split(path.sep).join('/');
        pages.push(`/${relative.replace(/(^|\/)index\.html$/, '$1')}`);
      }
    }
  };
  walk(OUT_DIR);
  return pages.sort();
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
