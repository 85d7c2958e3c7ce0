import { english, LANGUAGES, spanish } from '@/lib/i18n/languages';
import { message } from '@/lib/i18n/messages';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contentFixture } from '@/tests/fixtures/content-fixture';

// loadSitePages builds the list once per folder; each test builds its own, so each one shows what it checks.
beforeEach(() => {
  vi.resetModules();
});

async function sitePages(fixture = 'aliases') {
  const { findSitePage, loadSitePages } = await import('@/lib/site/site-pages');
  const pages = await loadSitePages(contentFixture(fixture), [english]);
  const statePages = pages.filter((page) => /^\/availability\/[a-z-]+\/$/.test(page.path));
  return { pages, statePages, otherPages: pages.filter((page) => !statePages.includes(page)), find: (path: string) => findSitePage(pages, path) };
}

describe('the list of site pages', () => {
  it('has the home page, every article in reading order, the locations page, the staff page, the printable guide and the pages about the site', async () => {
    const { otherPages } = await sitePages();
    expect(otherPages.map((page) => [page.kind, page.path])).toEqual([
      ['home', '/'],
      ['article', '/what-is-dry-needling/'],
      ['article', '/after-effects/'],
      ['article', '/availability/'],
      ['locations', '/locations/'],
      ['staff-links', '/links-for-staff/'],
      ['guide', '/guide/'],
      ['about', '/about/'],
      ['accessibility', '/accessibility/'],
      ['privacy', '/privacy/'],
    ]);
  });

  it('has one page for each state and DC under the page that lists them', async () => {
    const { statePages, find } = await sitePages();
    expect(statePages).toHaveLength(51);
    expect(find('/availability/texas/').title).toBe('Dry needling in Texas');
  });

  it("dates each page by the review that covers it, never by the build's date, and gives none while no review does", async () => {
    const { otherPages, statePages } = await sitePages();
    expect(otherPages.every((page) => page.lastModified === undefined)).toBe(true);
    expect(new Set(statePages.map((page) => page.lastModified))).toEqual(new Set([undefined]));
    const { loadSitePages } = await import('@/lib/site/site-pages');
    const reviewed = await loadSitePages(contentFixture('reviews'), LANGUAGES);
    const dated = (path: string) => reviewed.find((page) => page.path === path)?.lastModified;
    expect([dated('/'), dated('/after-effects/'), dated('/es/efectos/'), dated('/guide/'), dated('/availability/texas/'), dated('/about/')]).toEqual([
      '2024-07-22',
      '2024-07-22',
      '2024-07-22',
      // The guide holds every article, so it last changed when the most recently reviewed one did.
      '2024-07-22',
      // The state pages are reviewed with the list of states (/availability/), or dated by the newer day a person checked the list.
      '2025-03-04',
      // Written in lib/i18n, not in content/: no editor's review dates it.
      undefined,
    ]);
  });

  it('dates the state pages by the day a person checked the list when no review covers it', async () => {
    const { find } = await sitePages('valid');
    expect(find('/availability/').lastModified).toBeUndefined();
    expect(find('/availability/texas/').lastModified).toBe('2025-03-04');
  });

  it('describes each state page in the words of its case, never "offered" where nothing says so', async () => {
    const { find } = await sitePages();
    expect(find('/availability/california/').description).toBe(
      "The clinic's article says dry needling is not available in California. See what to do instead.",
    );
    expect(find('/availability/texas/').description).toBe(
      "Dry needling is offered in Texas, in the clinic's example data (not real clinics). See where and what to do next.",
    );
    expect(find('/availability/vermont/').description).toBe(
      "The clinic's article names 3 states where dry needling is not available. Vermont is not one of them.",
    );
  });

  it('keeps the staff page and the printable guide (which repeats the topic pages) out of search engines, and nothing else', async () => {
    const { pages } = await sitePages();
    expect(pages.filter((page) => !page.indexable).map((page) => page.path)).toEqual(['/links-for-staff/', '/guide/']);
  });

  it('gives every page its own link-preview image', async () => {
    const { pages, find } = await sitePages();
    expect(new Set(pages.map((page) => page.image)).size).toBe(pages.length);
    expect(find('/').image).toBe('/og/home.png');
    expect(find('/after-effects/').image).toBe('/og/after-effects.png');
    expect(find('/availability/texas/').image).toBe('/og/availability_texas.png');
  });

  it('has the pages about the site in every language, each knowing its twin, with their own titles and previews', async () => {
    const { loadSitePages, findSitePage } = await import('@/lib/site/site-pages');
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

  it('titles and describes each page in its own words: the site, the article, the locations and the staff page', async () => {
    const { find } = await sitePages();
    expect([find('/'), find('/after-effects/'), find('/locations/'), find('/links-for-staff/')].map((page) => [page.title, page.description])).toEqual([
      [message(english, 'site.name'), message(english, 'site.description')],
      ['How you may feel after dry needling', expect.stringMatching(/^What you may feel after/)],
      [message(english, 'locations.title'), message(english, 'locations.description')],
      [message(english, 'staffLinks.title'), message(english, 'staffLinks.description')],
    ]);
  });

  it('says where to register a page that is missing from the list', async () => {
    const { find } = await sitePages();
    expect(() => find('/opening-hours/')).toThrow('/opening-hours/ is not in the list of site pages (lib/site/site-pages.ts). Add it there.');
  });

  it('leaves old addresses out: they are not pages of their own', async () => {
    const { pages } = await sitePages();
    expect(pages.map((page) => page.path)).not.toContain('/about-dry-needling/');
  });
});

describe('the list of site pages in two languages', () => {
  async function bothLanguages() {
    const { spanish } = await import('@/lib/i18n/languages');
    const { findSitePage, loadSitePages } = await import('@/lib/site/site-pages');
    const pages = await loadSitePages(contentFixture('translations'), [english, spanish]);
    const twinsOf = (path: string) => findSitePage(pages, path).translations.map((twin) => [twin.language.code, twin.path]);
    return { pages, find: (path: string) => findSitePage(pages, path), twinsOf };
  }

  it('links each page to the same page in the other language, whatever it is called there', async () => {
    const { twinsOf } = await bothLanguages();
    expect(twinsOf('/es/')).toEqual([['en', '/'], ['es', '/es/']]);
    expect(twinsOf('/es/efectos/')).toEqual([['en', '/after-effects/'], ['es', '/es/efectos/']]);
    expect(twinsOf('/availability/texas/')).toEqual([['en', '/availability/texas/'], ['es', '/es/disponibilidad/texas/']]);
    expect(twinsOf('/es/ubicaciones/')).toEqual([['en', '/locations/'], ['es', '/es/ubicaciones/']]);
    expect(twinsOf('/links-for-staff/')).toEqual([['en', '/links-for-staff/'], ['es', '/es/enlaces-para-el-personal/']]);
  });

  it('names each Spanish page, and its link-preview image after its address', async () => {
    const { find } = await bothLanguages();
    expect([find('/es/'), find('/es/disponibilidad/texas/'), find('/es/ubicaciones/')].map((page) => [page.language.code, page.title, page.image])).toEqual([
      ['es', 'La punción seca en la fisioterapia', '/og/es.png'],
      ['es', 'La punción seca en Texas', '/og/es_disponibilidad_texas.png'],
      ['es', 'Ubicaciones de la clínica', '/og/es_ubicaciones.png'],
    ]);
  });
});
