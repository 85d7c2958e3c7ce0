import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/lib/i18n/languages';
import { message } from '@/lib/i18n/messages';
import { listAliases } from '@/lib/site/aliases';
import { loadArticles } from '@/lib/content/articles';
import { loadClinic } from '@/lib/content/clinic';
import { absoluteUrl } from '@/lib/routes/site-url';
import { loadSitePages } from '@/lib/site/site-pages';
import { assertBuilt, readPage } from './out-dir';

assertBuilt();
const sitePages = await loadSitePages();
const aliases = listAliases(await loadArticles());
const indexable = sitePages.filter((page) => page.indexable);
const clinic = await loadClinic();

describe('what the validators found, fixed in out/', () => {
  it.each(indexable.map((page) => [page.path, page] as const))('%s gives every section heading an id and a link to itself, named for it', (urlPath, page) => {
    const headings = [...readPage(urlPath).querySelectorAll('main h2, main .prose h3')];
    for (const heading of headings) {
      const name = heading.textContent?.trim() ?? '';
      expect(heading.id, `${urlPath}: ${name}`).not.toBe('');
      const link = heading.parentElement?.querySelector(`a[href="#${heading.id}"]`);
      expect(link?.getAttribute('aria-label'), `${urlPath}: ${name}`).toBe(message(page.language, 'sectionLink', { heading: name }));
    }
  });

  it.each(['/dry-needling-and-acupuncture/', '/es/puncion-seca-y-acupuntura/', '/guide/', '/es/guia/'])(
    '%s names every table with a caption, the heading of its section',
    (urlPath) => {
      const document = readPage(urlPath);
      const tables = [...document.querySelectorAll('main table')];
      const headings = [...document.querySelectorAll('main h2, main h3')].map((heading) => heading.textContent?.trim());
      expect(tables.length).toBeGreaterThan(0);
      for (const table of tables) expect(headings).toContain(table.querySelector(':scope > caption')?.textContent?.trim());
    },
  );

  it.each(aliases.map((alias) => [alias.path, alias] as const))('%s, an old address, names the page it moved to as canonical, with no noindex or alternates beside it', (urlPath, alias) => {
    const document = readPage(urlPath);
    expect([...document.querySelectorAll('link[rel="canonical"]')].map((link) => link.getAttribute('href'))).toEqual([absoluteUrl(alias.target.path)]);
    expect(document.querySelector('meta[name="robots"]')).toBeNull();
    expect(document.querySelectorAll('link[rel="alternate"][hreflang]')).toHaveLength(0);
    expect(document.querySelector(`main a[href="${alias.target.path}"]`)).not.toBeNull();
  });

  it.each(LANGUAGES.map((language) => [language.code, language] as const))('names the clinic that publishes the site in the header of every page in %s', (_, language) => {
    for (const page of sitePages.filter((candidate) => candidate.language === language)) {
      const link = readPage(page.path).querySelector(`header a[href="${clinic.website}"]`);
      expect(link?.textContent || link?.querySelector('img')?.getAttribute('alt'), page.path).toBe(clinic.name);
    }
  });
});
