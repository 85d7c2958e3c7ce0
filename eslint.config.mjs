import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';

/**
 * lib/ is layered; imports only point down. i18n (words and formats per language) and routes
 * (page addresses and ids) are at the bottom; content (reading what editors write) builds on
 * them; checks (the editor's gate) and site (the pages) build on content; hosting (files for a
 * server) builds on site. components/ and app/ use site and content. Each zone names a folder
 * and what it must not import.
 */
const LAYERS = {
  'lib/i18n': ['lib/routes', 'lib/content', 'lib/checks', 'lib/site', 'lib/hosting'],
  'lib/routes': ['lib/content', 'lib/checks', 'lib/site', 'lib/hosting'],
  'lib/content': ['lib/checks', 'lib/site', 'lib/hosting'],
  'lib/checks': ['lib/site', 'lib/hosting'],
  'lib/site': ['lib/checks', 'lib/hosting'],
  'lib/hosting': ['lib/checks'],
  components: ['lib/checks', 'lib/hosting'],
  // app/ also writes the one host file Next can route (app/%5Fredirects), so hosting is allowed there.
  app: ['lib/checks'],
};

const importsPointDown = Object.entries(LAYERS).flatMap(([target, forbidden]) =>
  forbidden.map((from) => ({
    target: `./${target}`,
    from: `./${from}`,
    message: `${target}/ must not import from ${from}/: imports in lib/ point down (i18n, routes < content < checks, site < hosting). Move what both need into a lower folder. See docs/developers.md, "How the code is laid out".`,
  })),
);

export default defineConfig([
  ...nextVitals,
  ...nextTypeScript,
  {
    rules: {
      // Pages are static HTML that must work with JavaScript off, so links are plain <a>
      // by design: next/link's client-side navigation is exactly what the site avoids.
      '@next/next/no-html-link-for-pages': 'off',
      'import/no-restricted-paths': ['error', { zones: importsPointDown }],
      // Two modules that import each other (types included) are one concern split in two, or
      // a shared piece that belongs in a module of its own below both. disableScc: the shortcut
      // it turns off fails on a file not yet saved, which tests/lib/import-layers.test.ts lints.
      'import/no-cycle': ['error', { ignoreExternal: true, disableScc: true }],
    },
  },
  // .stryker-tmp/ holds npm run mutate's copies of the project, reports/ its report.
  globalIgnores(['.next/**', 'out/**', 'node_modules/**', 'next-env.d.ts', '.stryker-tmp/**', 'reports/**']),
]);
