import { describe, expect, it } from 'vitest';
import { findSitePage, loadSitePages } from '@/lib/site-pages';
import { site } from '@/lib/site';
import { contentFixture } from '@/tests/fixtures/content-fixture';

const pages = await loadSitePages(contentFixture('aliases'));

describe('the list of site pages', () => {
  it('has the home page, every article in reading order and the staff page', () => {
    expect(pages.map((page) => page.path)).toEqual([
      '/',
      '/what-is-dry-needling/',
      '/after-effects/',
      '/availability/',
      '/links-for-staff/',
    ]);
  });

  it("dates each article by its last review and the home page by the newest one, never the build's date", () => {
    expect(pages.map((page) => [page.path, page.lastModified])).toEqual([
      ['/', '2025-01-10'],
      ['/what-is-dry-needling/', '2024-07-22'],
      ['/after-effects/', '2025-01-10'],
      ['/availability/', '2024-07-22'],
      ['/links-for-staff/', undefined],
    ]);
  });

  it('keeps the staff page out of search engines, and nothing else', () => {
    expect(pages.filter((page) => !page.indexable).map((page) => page.path)).toEqual(['/links-for-staff/']);
  });

  it('gives every page its own link-preview image', () => {
    expect(pages.map((page) => page.image)).toEqual([
      '/og/home.png',
      '/og/what-is-dry-needling.png',
      '/og/after-effects.png',
      '/og/availability.png',
      '/og/links-for-staff.png',
    ]);
  });

  it('titles the home page with the site name', () => {
    expect(findSitePage(pages, '/').title).toBe(site.name);
  });

  it('says where to register a page that is missing from the list', () => {
    expect(() => findSitePage(pages, '/locations/')).toThrow('/locations/ is not in the list of site pages (lib/site-pages.ts). Add it there.');
  });

  it('leaves old addresses out: they are not pages of their own', () => {
    expect(pages.map((page) => page.path)).not.toContain('/about-dry-needling/');
  });
});
