import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateStaticParams } from '@/app/[slug]/[state]/page';
import { findAvailabilityArticle, loadArticles } from '@/lib/content/articles';
import { loadAvailability, statesNotAvailable } from '@/lib/content/availability';
import { loadLocations } from '@/lib/content/locations';
import { allStatePagePaths } from '@/lib/routes/state-paths';

// Loading throws a ContentError naming every problem, which fails this file before any test runs.
const { example, locations } = await loadLocations();
const availability = await loadAvailability();
const availabilityPath = findAvailabilityArticle(await loadArticles()).path;

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
  it('give every state and DC in the availability data a page under the availability page', async () => {
    const params = await generateStaticParams();
    const paths = params.map(({ slug, state }) => `/${slug}/${state}/`).sort();
    expect(paths).toHaveLength(51);
    expect(paths).toEqual(allStatePagePaths(availabilityPath).sort());
    expect(paths).toEqual(expect.arrayContaining(['/availability/texas/', '/availability/california/', '/availability/district-of-columbia/']));
  });
});
