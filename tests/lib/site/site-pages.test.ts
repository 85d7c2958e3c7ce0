import { english } from '@/lib/i18n/languages/en';
import { spanish } from '@/lib/i18n/languages/es';
import { describe, expect, it } from 'vitest';
import { findSitePage, loadSitePages } from '@/lib/site/site-pages';
import { contentFixture } from '@/tests/fixtures/content-fixture';

const pages = await loadSitePages(contentFixture('aliases'), [english]);
const statePages = pages.filter((page) => /^\/availability\/[a-z-]+\/$/.test(page.path));
const otherPages = pages.filter((page) => !statePages.includes(page));

describe('the list of site pages', () => {
  it('has the home page, every article in reading order, the locations page, the staff page and the printable guide', () => {
    expect(otherPages.map((page) => page.path)).toEqual([
      '/',
      '/what-is-dry-needling/',
      '/after-effects/',
      '/availability/',
      '/locations/',
      '/links-for-staff/',
      '/guide/',
      '/about/',
      '/accessibility/',
      '/privacy/',
    ]);
  });

  it('has one page for each state and DC under the page that lists them', () => {
    expect(statePages).toHaveLength(51);
    expect(findSitePage(pages, '/availability/texas/').title).toBe('Dry needling in Texas');
  });

  it("dates each page by when a person last reviewed or checked it, never by the build's date", () => {
    expect(otherPages.map((page) => [page.path, page.lastModified])).toEqual([
      ['/', '2025-01-10'],
      ['/what-is-dry-needling/', '2024-07-22'],
      ['/after-effects/', '2025-01-10'],
      ['/availability/', '2024-07-22'],
      ['/locations/', undefined],
      ['/links-for-staff/', undefined],
      // The guide holds every article, so it last changed when the most recently reviewed one did.
      ['/guide/', '2025-01-10'],
      // Written in lib/i18n, not in content/: no editor's review dates them.
      ['/about/', undefined],
      ['/accessibility/', undefined],
      ['/privacy/', undefined],
    ]);
    // The state pages are reviewed with the list of states (/availability/), never dated by the article.
    expect(new Set(statePages.map((page) => page.lastModified))).toEqual(new Set(['2024-07-22']));
  });

  it('dates the state pages by the day a person checked the list, when that is the newer date', async () => {
    const valid = await loadSitePages(contentFixture('valid'), [english]);
    expect(findSitePage(valid, '/availability/').lastModified).toBe('2024-07-22');
    expect(findSitePage(valid, '/availability/texas/').lastModified).toBe('2025-03-04');
  });

  it('describes each state page in the words of its case, never "offered" where nothing says so', () => {
    expect(findSitePage(pages, '/availability/california/').description).toBe(
      "The clinic's article says dry needling is not available in California. See what to do instead.",
    );
    expect(findSitePage(pages, '/availability/texas/').description).toBe(
      "Dry needling is offered at 2 of the clinic's example locations in Texas. See where they are and what to do next.",
    );
    expect(findSitePage(pages, '/availability/vermont/').description).toBe(
      "The clinic's article names 3 states where dry needling is not available. Vermont is not one of them. See how to find out if you can get it there.",
    );
  });

  it('keeps the staff page and the printable guide (which repeats the topic pages) out of search engines, and nothing else', () => {
    expect(pages.filter((page) => !page.indexable).map((page) => page.path)).toEqual(['/links-for-staff/', '/guide/']);
  });

  it('gives every page its own link-preview image', () => {
    expect(new Set(pages.map((page) => page.image)).size).toBe(pages.length);
    expect(findSitePage(pages, '/').image).toBe('/og/home.png');
    expect(findSitePage(pages, '/after-effects/').image).toBe('/og/after-effects.png');
    expect(findSitePage(pages, '/availability/texas/').image).toBe('/og/availability_texas.png');
  });

  it('has the pages about the site in every language, each knowing its twin, with their own titles and previews', async () => {
    const both = await loadSitePages(contentFixture('translations'), [english, spanish]);
    const trustPages = both.filter((page) => ['about', 'accessibility', 'privacy'].includes(page.kind));
    expect(trustPages.map((page) => [page.path, page.title, page.image, page.indexable])).toEqual([
      ['/about/', 'About this information', '/og/about.png', true],
      ['/accessibility/', 'Accessibility statement', '/og/accessibility.png', true],
      ['/privacy/', 'Privacy', '/og/privacy.png', true],
      ['/es/sobre-esta-informacion/', 'Sobre esta información', '/og/es_sobre-esta-informacion.png', true],
      ['/es/accesibilidad/', 'Declaración de accesibilidad', '/og/es_accesibilidad.png', true],
      ['/es/privacidad/', 'Privacidad', '/og/es_privacidad.png', true],
    ]);
    expect(findSitePage(both, '/es/privacidad/').translations.map((twin) => twin.path)).toEqual(['/privacy/', '/es/privacidad/']);
    expect(findSitePage(both, '/about/').translations.map((twin) => twin.path)).toEqual(['/about/', '/es/sobre-esta-informacion/']);
  });

  it('titles the home page with the site name', () => {
    expect(findSitePage(pages, '/').title).toBe(english.words.site.name);
  });

  it('says where to register a page that is missing from the list', () => {
    expect(() => findSitePage(pages, '/opening-hours/')).toThrow(
      '/opening-hours/ is not in the list of site pages (lib/site/site-pages.ts). Add it there.',
    );
  });

  it('leaves old addresses out: they are not pages of their own', () => {
    expect(pages.map((page) => page.path)).not.toContain('/about-dry-needling/');
  });
});
