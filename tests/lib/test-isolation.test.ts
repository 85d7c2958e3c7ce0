import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The lib tests share modules between files (isolate: false in vitest.config.mts). A file that
// replaces a module, loads modules again or stubs the environment would change them for every
// file after it in the same worker, so it must be listed in lib-isolated.
const PER_FILE_STATE = /\bvi\.(mock|doMock|resetModules|stubEnv|stubGlobal)\(/;

function testFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => path.join(folder, name));
}

describe('the lib tests that need modules of their own', () => {
  it('are every lib test file that mocks a module, loads modules again or stubs the environment, and are listed in lib-isolated', () => {
    const config = readFileSync('vitest.config.mts', 'utf8');
    const needing = testFiles('tests/lib').filter((file) => PER_FILE_STATE.test(readFileSync(file, 'utf8')));
    expect(needing.length).toBeGreaterThan(0);
    expect(needing.filter((file) => !config.includes(`'${file}'`))).toEqual([]);
  });
});
