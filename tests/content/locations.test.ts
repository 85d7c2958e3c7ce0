import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findAvailabilityArticle, loadArticles } from '@/lib/content/articles';
import { loadLocations, telHref } from '@/lib/content/locations';
import { LANGUAGES } from '@/lib/i18n/languages';
import { allStatePagePaths, statePagePath } from '@/lib/routes/state-paths';
import { loadSitePages } from '@/lib/site/site-pages';

// Loading throws a ContentError naming every problem, which fails this file before any test runs.
const { example, locations } = await loadLocations();

describe('the real locations in content/locations.yaml', () => {
  // The loader has already refused a bad field or a location where the clinic's article says dry
  // needling is not available; these check what a reader then gets, on example and real data alike.
  it('each give a phone link that dials a US number: +1, then ten digits whose area code and exchange start with 2 to 9', () => {
    expect(locations.length).toBeGreaterThan(0);
    for (const location of locations) expect(telHref(location.phone), location.name).toMatch(/^tel:\+1[2-9]\d{2}[2-9]\d{6}$/);
  });

  it('each link to a state page the site has, in every language', async () => {
    const statePages = new Set((await loadSitePages()).filter((page) => page.kind === 'state').map((page) => page.path));
    for (const location of locations) {
      for (const language of LANGUAGES) {
        const availabilityPath = findAvailabilityArticle(await loadArticles(undefined, language)).path;
        const stateName = language.stateNames[location.state];
        expect(statePages, `${location.name} (${language.code})`).toContain(statePagePath(availabilityPath, stateName));
      }
    }
  });

  it('have fictional 555-01xx numbers while they are example data, and none once they are real', () => {
    const fictional = locations.filter((location) => /555[-. ]01\d\d$/.test(location.phone));
    if (example) {
      expect(locations.length).toBeGreaterThanOrEqual(5);
      expect(locations.length).toBeLessThanOrEqual(8);
      expect(new Set(locations.map((location) => location.state)).size).toBeGreaterThanOrEqual(3);
      expect(fictional).toEqual(locations);
    } else {
      // A 555-01xx number rings nowhere: a real clinic still listed with an example number, or the
      // example clinics with "example: false".
      expect(fictional.map((location) => location.name)).toEqual([]);
    }
  });

  it('are described in the editors\' guide, which says whether they are example data and how to replace them', () => {
    const readme = readFileSync('docs/editors.md', 'utf8');
    expect(readme).toContain('content/locations.yaml');
    expect(readme).toContain('example: false');
    if (example) expect(readme).toMatch(/EXAMPLE DATA/);
  });
});

describe('the state pages', () => {
  it.each(LANGUAGES.map((language) => [language.code, language] as const))(
    'give every state and DC in the availability data a page under the availability page, in %s',
    async (_code, language) => {
      const availabilityPath = findAvailabilityArticle(await loadArticles(undefined, language)).path;
      const paths = (await loadSitePages())
        .filter((page) => page.kind === 'state' && page.language === language)
        .map((page) => page.path)
        .sort();
      expect(paths).toHaveLength(51);
      expect(paths).toEqual(allStatePagePaths(availabilityPath, language).sort());
    },
  );

  it('have the addresses readers expect in English and in Spanish', async () => {
    const paths = (await loadSitePages()).filter((page) => page.kind === 'state').map((page) => page.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/availability/texas/',
        '/availability/district-of-columbia/',
        '/es/disponibilidad/california/',
        '/es/disponibilidad/nueva-york/',
        '/es/disponibilidad/distrito-de-columbia/',
      ]),
    );
  });
});
