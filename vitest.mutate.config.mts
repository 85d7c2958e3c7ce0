// Vitest config for mutation testing (npm run mutate): the same setup as vitest.config.mts,
// limited to the projects that run without a build or a browser.
import { defineConfig } from 'vitest/config';
import base from './vitest.config.mjs';

const keep = new Set(['lib', 'components', 'content']);

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    projects: (base.test?.projects ?? []).filter(
      (p) => typeof p === 'object' && 'test' in p && keep.has(p.test?.name as string),
    ),
  },
});
