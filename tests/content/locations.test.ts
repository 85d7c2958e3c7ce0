import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findAvailabilityArticle, loadArticles } from '@/lib/content/articles';
import { loadAvailability, statesNotAvailable } from '@/lib/content/availability';
import { loadLocations } from '@/lib/content/locations';
import { LANGUAGES } from '@/lib/i18n/languages';
import { allStatePagePaths } from '@/lib/routes/state-paths';
import { loadSitePages } from '@/lib/site/site-pages';

// Loading throws a ContentError naming every problem, which fails this file before any test runs.
const { example, locations } = await loadLocations();
const availability = await loadAvailability();

describe('the real locations in content/locations.yaml', () => {
  it("pass every check, including that none offers dry needling where the clinic's article says it is not available", () => {
    expect(locations.length).toBeGreaterThan(0);
    const notAvailable = new Set(statesNotAvailable(availability).map((state) => state.code));
    expect(locations.filter((location) => location.offersDryNeedling && notAvailable.has(location.state))).toEqual([]);
  });

  it('while they are example data, are a handful of clinics in several states with fictional 555-01xx numbers', () => {
    if (!example) return;
    expect(locations.length).toBeGreaterThanOrEqual(5);
    expect(locations.length).toBeLessThanOrEqual(8);
    expect(new Set(locations.map((location) => location.state)).size).toBeGreaterThanOrEqual(3);
    for (const location of locations) expect(location.phone, location.name).toMatch(/555[-. ]01\d\d$/);
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
