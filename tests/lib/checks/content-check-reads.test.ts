import path from 'node:path';
import * as fsPromises from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { contentFixture } from '@/tests/fixtures/content-fixture';

// Every file is read through the real functions; the spies only let the test count them.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsPromises>();
  return { ...actual, open: vi.fn(actual.open), readFile: vi.fn(actual.readFile) };
});

describe('checkContent and the loaders', () => {
  it('reads each file of the content folder once: the check uses what the loaders read', async () => {
    // Fresh modules, so nothing is kept from another test's reading.
    vi.resetModules();
    const fs = await import('node:fs/promises');
    const { checkContent } = await import('@/lib/checks/content-check');
    const open = vi.mocked(fs.open);
    const readFile = vi.mocked(fs.readFile);
    open.mockClear();
    readFile.mockClear();
    const contentDir = contentFixture('translations');

    const report = await checkContent({ contentDir, today: '2025-01-15' });

    // A file that is not there (this fixture has no editorial notes) is looked for, not read.
    const opened = open.mock.calls.filter((_, index) => open.mock.settledResults[index]?.type === 'fulfilled');
    const filesRead = [...opened, ...readFile.mock.calls]
      .map(([file]) => path.relative(contentDir, String(file)))
      .filter((file) => !file.startsWith('..'))
      .sort();
    expect(filesRead).toEqual(report.files.map((file) => path.relative(contentDir, file)).sort());
  });
});
