import path from 'node:path';
import { defineConfig } from 'vitest/config';

/** Test files that mock a module, reload modules or stub the environment: they need modules of their own. */
const libIsolated = [
  'tests/lib/live-preview.test.ts',
  'tests/lib/content/article-schema.test.ts',
  'tests/lib/site/site-pages.test.ts',
  'tests/lib/checks/content-check-reads.test.ts',
  'tests/lib/checks/preview.test.ts',
  'tests/lib/content/link-preview-font.test.ts',
  'tests/lib/content/articles.test.ts',
  'tests/lib/content/content-files.test.ts',
  'tests/lib/content/once-per-folder.test.ts',
  'tests/lib/routes/site-url.test.ts',
];

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    // Some tests read every built page (about 140) or query a whole rendered page by role (the staff
    // page has about 300 links): a second on a quiet machine, many on a busy one. Vitest's 5 s
    // default failed them on two busy cores; a hang still fails.
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: one worker on two cores, which left a
    // core idle for most of the unit tests (126 s against 79 s with two).
    maxWorkers: 2,
    projects: [
      // Worker threads rather than processes for the unit, component and content tests: 10 to 27 %
      // less CPU time for the same tests (two pairs of runs on two busy cores: 148 s against 204 s, 172 s against 192 s).
      // The lib tests share one module registry per worker (isolate: false): loading the same
      // modules again for each of about 70 files was most of their time. The files that replace a
      // module or stub the environment get fresh modules of their own, in lib-isolated.
      {
        extends: true,
        test: { name: 'lib', include: ['tests/lib/**/*.test.ts'], exclude: libIsolated, environment: 'node', pool: 'threads', isolate: false },
      },
      { extends: true, test: { name: 'lib-isolated', include: libIsolated, environment: 'node', pool: 'threads' } },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/setup-dom.ts'],
          pool: 'threads',
          isolate: false,
        },
      },
      { extends: true, test: { name: 'content', include: ['tests/content/**/*.test.ts'], environment: 'node', pool: 'threads', isolate: false } },
      // Runs after `next build`, over the exported out/ folder a host would serve. The Cloudflare
      // and nginx tests ask their server for every file at once: a busy machine needs far longer.
      { extends: true, test: { name: 'built', include: ['tests/built/**/*.test.ts'], environment: 'node', testTimeout: 120_000 } },
      // `npm run dev` in a throwaway copy of the project, its content edited as an editor does.
      {
        extends: true,
        test: { name: 'dev', include: ['tests/dev/**/*.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 120_000 },
      },
      // Real Chromium against out/ served by the same server as `npm start`.
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          // Each file mostly waits on its own Chromium, so two files at once keep both cores busy;
          // within a file, at most two pages are open at once.
          maxWorkers: 2,
          maxConcurrency: 2,
          // One visit runs every check a page needs a browser for: tens of seconds on a busy machine.
          testTimeout: 180_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
