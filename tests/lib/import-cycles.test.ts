import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// ESLint's import/no-cycle skips imports of types only, so a circle of types (a module's
// interface naming a type of a module that names one of its own) would pass it. This reads
// every import, types included, as TypeScript resolves it.
const ROOT = path.resolve(import.meta.dirname, '../..');
const FOLDERS = ['lib', 'components', 'app', 'scripts'];
const COMPILER_OPTIONS: ts.CompilerOptions = {
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  module: ts.ModuleKind.ESNext,
  baseUrl: ROOT,
  paths: { '@/*': ['./*'] },
};

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(?:ts|tsx|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

/** Each file of the project and the project files it imports, types included. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of FOLDERS.flatMap(sourceFiles)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(path.join(ROOT, file), 'utf8'), true, true);
    const imported = importedFiles.flatMap(({ fileName }) => {
      const resolved = ts.resolveModuleName(fileName, path.join(ROOT, file), COMPILER_OPTIONS, ts.sys).resolvedModule;
      return resolved && !resolved.isExternalLibraryImport ? [path.relative(ROOT, resolved.resolvedFileName)] : [];
    });
    graph.set(file, imported);
  }
  return graph;
}

/** Every circle of imports, each once, as the files around it: "a.ts → b.ts → a.ts". */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const cycles = new Set<string>();
  const done = new Set<string>();
  const visit = (file: string, trail: string[]) => {
    const at = trail.indexOf(file);
    if (at !== -1) {
      const circle = trail.slice(at);
      // Start each circle at its first file in name order, so it is reported once.
      const start = circle.indexOf([...circle].sort()[0] ?? file);
      const turned = [...circle.slice(start), ...circle.slice(0, start)];
      cycles.add([...turned, turned[0]].join(' → '));
      return;
    }
    if (done.has(file)) return;
    for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
    done.add(file);
  };
  for (const file of [...graph.keys()].sort()) visit(file, []);
  return [...cycles].sort();
}

describe('imports, types included, never go round in a circle', () => {
  it('names each circle by its files', () => {
    const graph = new Map([
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['a.ts', ['b.ts']],
      ['d.ts', ['d.ts']],
      ['e.ts', ['a.ts']],
    ]);
    expect(findCycles(graph)).toEqual(['a.ts → b.ts → c.ts → a.ts', 'd.ts → d.ts']);
  });

  it('finds none in lib/, components/, app/ and scripts/', () => {
    const graph = importGraph();
    expect(graph.get('lib/i18n/language.ts')).toContain('lib/i18n/catalog.ts');
    expect(findCycles(graph)).toEqual([]);
  });
});
