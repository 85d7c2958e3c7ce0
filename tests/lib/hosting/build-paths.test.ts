import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles, urlPathOf } from '@/lib/hosting/build-paths';

describe('listFiles', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'out-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists every file below the folder, sorted, with forward slashes and without the folders themselves', () => {
    mkdirSync(path.join(dir, 'es', 'que-es-la-puncion-seca'), { recursive: true });
    mkdirSync(path.join(dir, 'empty'));
    for (const file of ['index.html', '_headers', 'es/index.html', 'es/que-es-la-puncion-seca/index.html']) {
      writeFileSync(path.join(dir, file), '');
    }
    expect(listFiles(dir)).toEqual(['_headers', 'es/index.html', 'es/que-es-la-puncion-seca/index.html', 'index.html']);
  });
});

describe('urlPathOf', () => {
  it('serves a page at its folder address', () => {
    expect(urlPathOf('es/que-es-la-puncion-seca/index.html')).toBe('/es/que-es-la-puncion-seca/');
    expect(urlPathOf('index.html')).toBe('/');
  });

  it('serves any other file at its own path', () => {
    expect(urlPathOf('404.html')).toBe('/404.html');
    expect(urlPathOf('index.html.gz')).toBe('/index.html.gz');
  });
});
