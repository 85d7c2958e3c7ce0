import { readFileSync } from 'node:fs';
import { message } from '@/lib/i18n/messages';
import { english } from '@/lib/i18n/languages';
import { LANGUAGES } from '@/lib/i18n/languages';
import { describe, expect, it } from 'vitest';
import { listAliases } from '@/lib/site/aliases';
import { findAvailabilityArticle, loadArticles } from '@/lib/content/articles';
import { loadAvailability } from '@/lib/content/availability';
import { CONTENT_DIR } from '@/lib/content/content-paths';
import { loadSiteReviews } from '@/lib/content/page-reviews';
import { statePagePath } from '@/lib/routes/state-paths';
import { absoluteUrl, site } from '@/lib/routes/site-url';
import { findSitePage, loadSitePages } from '@/lib/site/site-pages';
import { fixedRoutes } from '@/lib/routes/fixed-routes';
import { loadClinic } from '@/lib/content/clinic';
import { documentTitle } from '@/lib/site/metadata';
import { publisherJsonLd } from '@/lib/site/structured-data';
import { assertBuilt, builtPages, fileForPath, readPage } from './out-dir';

assertBuilt();
const articles = await loadArticles();
const sitePages = await loadSitePages();
const reviews = await loadSiteReviews(CONTENT_DIR, LANGUAGES);
const aliases = listAliases(articles);
const stateList = findAvailabilityArticle(articles);
const states = (await loadAvailability()).states.map((state) => ({ ...state, path: statePagePath(stateList.path, state.name) }));
const htmlPages = builtPages().filter((page) => !page.endsWith('/404.html'));
const clinic = await loadClinic();

function meta(document: Document, attribute: 'name' | 'property', key: string): string | undefined {
  return document.querySelector(`meta[${attribute}="${key}"]`)?.getAttribute('content') ?? undefined;
}

function isNoindex(document: Document): boolean {
  return (meta(document, 'name', 'robots') ?? '').includes('noindex');
}

function jsonLd(document: Document): Record<string, unknown>[] {
  return [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent ?? ''));
}

/** Width and height from a PNG's bytes: the 8-byte signature, then the IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function sitemapEntries(): { loc: string; lastmod: string | undefined }[] {
  const xml = readFileSync(fileForPath('/sitemap.xml') ?? '', 'utf8');
  return [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, entry = '']) => ({
    loc: /<loc>(.*?)<\/loc>/.exec(entry)?.[1] ?? '',
    lastmod: /<lastmod>(.*?)<\/lastmod>/.exec(entry)?.[1],
  }));
}

describe('what search engines read on each page', () => {
  it('every page in out/ is a page of the site or an old address, and nothing is missing', () => {
    expect(htmlPages).toEqual([...sitePages.map((page) => page.path), ...aliases.map((alias) => alias.path)].sort());
  });

  it.each(sitePages.map((page) => [page.path, page] as const))(
    '%s has its language, title, description, canonical address and link preview',
    (urlPath, page) => {
      const document = readPage(urlPath);
      const url = absoluteUrl(urlPath);
      const siteName = message(page.language, 'site.name');
      expect(document.documentElement.lang).toBe(page.language.code);
      expect(document.title).toBe(page.kind === 'home' ? siteName : documentTitle(page.title, siteName));
      expect(meta(document, 'name', 'description')).toBe(page.description);
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
      expect(meta(document, 'property', 'og:url')).toBe(url);
      expect(meta(document, 'property', 'og:title')).toBe(page.title);
      expect(meta(document, 'property', 'og:description')).toBe(page.description);
      expect(meta(document, 'property', 'og:site_name')).toBe(clinic.name);
      expect(meta(document, 'property', 'og:locale')).toBe(page.language.ogLocale);
      expect(meta(document, 'property', 'og:type')).toBe('website');
      expect(meta(document, 'name', 'twitter:card')).toBe('summary_large_image');
      expect(meta(document, 'name', 'twitter:title')).toBe(page.title);
      expect(isNoindex(document)).toBe(!page.indexable);
    },
  );

  it.each(htmlPages)('%s has a title of at most 70 characters and a description of at most 160, in its language', (urlPath) => {
    const document = readPage(urlPath);
    expect([...document.title].length, document.title).toBeLessThanOrEqual(70);
    const description = meta(document, 'name', 'description') ?? '';
    expect([...description].length, description).toBeLessThanOrEqual(160);
  });

  it('names the clinic as the site of a shared link only when content/clinic.yaml has a handle on X', () => {
    expect(meta(readPage('/'), 'name', 'twitter:site')).toBe(clinic.twitter);
  });

  it('gives every indexed page a title and a description no other page has', () => {
    const documents = sitePages.filter((page) => page.indexable).map((page) => readPage(page.path));
    const titles = documents.map((document) => document.title);
    const descriptions = documents.map((document) => meta(document, 'name', 'description'));
    expect(new Set(titles).size).toBe(titles.length);
    expect(new Set(descriptions).size).toBe(descriptions.length);
  });
});

describe('sitemap.xml and robots.txt', () => {
  it('lists exactly the pages in out/ that search engines may index, at their full address', () => {
    // An old address names the page it moved to as canonical: that page is the one listed.
    const isOwnCanonical = (urlPath: string) => readPage(urlPath).querySelector('link[rel="canonical"]')?.getAttribute('href') === absoluteUrl(urlPath);
    const indexable = htmlPages.filter((urlPath) => !isNoindex(readPage(urlPath)) && isOwnCanonical(urlPath)).map(absoluteUrl);
    expect(sitemapEntries().map((entry) => entry.loc).sort()).toEqual(indexable.sort());
  });

  it('dates each article by the review that covers it, and the home page by the newest such review; none while no review covers them', () => {
    const lastmod = new Map(sitemapEntries().map((entry) => [entry.loc, entry.lastmod]));
    const reviewedOn = articles.map((article) => reviews.of(article).clinical?.date);
    articles.forEach((article, index) => expect(lastmod.get(absoluteUrl(article.path)), article.path).toBe(reviewedOn[index]));
    expect(lastmod.get(absoluteUrl('/'))).toBe(reviewedOn.filter((date) => date !== undefined).sort().at(-1));
  });

  it('leaves the staff page, the printable guide and old addresses out of the sitemap', () => {
    const locs = sitemapEntries().map((entry) => entry.loc);
    expect(locs).not.toContain(absoluteUrl('/links-for-staff/'));
    expect(locs).not.toContain(absoluteUrl('/guide/'));
    expect(locs).not.toContain(absoluteUrl('/es/guia/'));
    for (const alias of aliases) expect(locs).not.toContain(absoluteUrl(alias.path));
  });

  it('robots.txt allows every crawler everywhere and points at the sitemap', () => {
    const robots = readFileSync(fileForPath('/robots.txt') ?? '', 'utf8');
    expect(robots).toMatch(/^User-Agent: \*$/m);
    expect(robots).toMatch(/^Allow: \/$/m);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
    expect(robots).toContain(`Sitemap: ${absoluteUrl('/sitemap.xml')}`);
  });
});

describe('structured data (JSON-LD)', () => {
  it('describes the home page as the website', () => {
    expect(jsonLd(readPage('/'))).toEqual([
      expect.objectContaining({ '@context': 'https://schema.org', '@type': 'WebSite', name: message(english, 'site.name'), url: absoluteUrl('/') }),
    ]);
  });

  it.each(['/', '/es/'])('names the clinic as the publisher of the website on %s, with its name, website and phone', (urlPath) => {
    expect(jsonLd(readPage(urlPath))[0]?.publisher).toEqual({
      '@type': 'MedicalOrganization',
      '@id': absoluteUrl('/#publisher'),
      name: clinic.name,
      url: clinic.website,
      telephone: clinic.phone,
      ...(clinic.logo !== undefined && { logo: absoluteUrl(clinic.logo) }),
    });
  });

  // The articles, and each state's page (reviewed with the list of states it belongs to).
  const medicalPages = [
    ...articles.map((article) => ({ path: article.path, title: article.title, description: article.description, lastReviewed: reviews.of(article).clinical?.date })),
    ...states.map((state) => ({ ...findSitePage(sitePages, state.path), lastReviewed: reviews.of(stateList).clinical?.date })),
  ];

  it.each(medicalPages.map((page) => [page.path, page] as const))('%s is a MedicalWebPage for patients about dry needling', (urlPath, expected) => {
    const document = readPage(urlPath);
    const [page, ...others] = jsonLd(document);
    expect(others).toEqual([]);
    expect(page).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      name: expected.title,
      description: expected.description,
      url: absoluteUrl(urlPath),
      inLanguage: 'en',
      ...(expected.lastReviewed !== undefined && { lastReviewed: expected.lastReviewed }),
      audience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
      isPartOf: { '@type': 'WebSite', url: absoluteUrl('/') },
      about: { '@type': 'MedicalTherapy', name: 'Dry needling' },
      publisher: publisherJsonLd(clinic),
    });
    expect(meta(document, 'name', 'description')).toBe(expected.description);
    const crumbs = [...document.querySelectorAll('nav[aria-label="Breadcrumb"] li a')].map((link, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: link.textContent,
      item: absoluteUrl(link.getAttribute('href') ?? ''),
    }));
    expect(crumbs.at(-1)?.item).toBe(absoluteUrl(urlPath));
    expect(page?.breadcrumb).toEqual({ '@type': 'BreadcrumbList', itemListElement: crumbs });
  });

  it('lists as contraindications and adverse outcomes exactly what the pages show in those sections', () => {
    const listUnder = (urlPath: string, id: string) => {
      const heading = readPage(urlPath).getElementById(id);
      let node = heading?.closest('.section-heading')?.nextElementSibling;
      while (node && node.tagName !== 'UL' && node.tagName !== 'OL') node = node.nextElementSibling;
      return [...(node?.querySelectorAll('li') ?? [])].map((item) => item.textContent?.trim());
    };
    const contraindicated = articles.find((article) => article.contraindicationsSection);
    const adverse = articles.find((article) => article.adverseEffectsSection);
    const about = jsonLd(readPage(articles[0]?.path ?? '/'))[0]?.about as { contraindication: string[]; adverseOutcome: { name: string }[] };
    const shownContraindications = listUnder(contraindicated?.path ?? '', contraindicated?.contraindicationsSection ?? '');
    const shownAdverse = listUnder(adverse?.path ?? '', adverse?.adverseEffectsSection ?? '');
    expect(shownContraindications.length).toBeGreaterThan(0);
    expect(shownAdverse.length).toBeGreaterThan(0);
    expect(about.contraindication).toEqual(shownContraindications);
    expect(about.adverseOutcome.map((outcome) => outcome.name)).toEqual(shownAdverse);
  });

  it('never passes off a list the page calls incomplete as complete: its description carries what the page says around the list', () => {
    const contraindicated = articles.find((article) => article.contraindicationsSection);
    const heading = readPage(contraindicated?.path ?? '').getElementById(contraindicated?.contraindicationsSection ?? '');
    const paragraphs: string[] = [];
    for (let node = heading?.closest('.section-heading')?.nextElementSibling; node && !node.matches('.section-heading'); node = node.nextElementSibling) {
      if (node.tagName === 'P') paragraphs.push((node.textContent ?? '').replace(/\s+/g, ' ').trim());
    }
    expect(paragraphs.join(' ')).toContain('This list is not complete.');
    const about = jsonLd(readPage(articles[0]?.path ?? '/'))[0]?.about as { description: string };
    for (const paragraph of paragraphs) expect(about.description).toContain(paragraph);
  });

  it.each(states.map((state) => [state.path, state] as const))('%s says which state it is about', (urlPath, state) => {
    expect(jsonLd(readPage(urlPath))[0]?.spatialCoverage).toEqual({ '@type': 'AdministrativeArea', name: state.name });
  });
});

describe('link previews', () => {
  it.each([...htmlPages, '/404.html'])('%s has a 1200 × 630 PNG preview at a full address that exists in out/', (urlPath) => {
    const document = readPage(urlPath);
    const image = meta(document, 'property', 'og:image') ?? '';
    expect(image.startsWith(`${site.url}/`), image).toBe(true);
    expect(meta(document, 'name', 'twitter:image')).toBe(image);
    expect(meta(document, 'property', 'og:image:type')).toBe('image/png');
    const file = fileForPath(image.slice(site.url.length));
    expect(file, image).toBeDefined();
    expect(file).toMatch(/\.png$/);
    expect(pngSize(readFileSync(file ?? ''))).toEqual({ width: 1200, height: 630 });
  });

  it('draws a different image for each page', () => {
    const images = sitePages.map((page) => readFileSync(fileForPath(page.image) ?? '').toString('base64'));
    expect(new Set(images).size).toBe(sitePages.length);
  });
});

describe('section links', () => {
  // Every section heading: all h2s, and the h3s of the article text (the A–Z letter headings of the state list have their own jump links).
  it.each([...articles, ...states].map((page) => [page.path] as const))('%s has a link beside every section heading, named for it', (urlPath) => {
    const headings = [...readPage(urlPath).querySelectorAll('main article h2, main article .prose h3')];
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) {
      const link = heading.parentElement?.querySelector(`a[href="#${heading.id}"]`);
      expect(heading.id, heading.textContent ?? '').not.toBe('');
      expect(link?.getAttribute('aria-label'), heading.textContent ?? '').toBe(`Link to section: ${heading.textContent?.trim()}`);
      expect(link?.textContent).toBe('#');
    }
  });
});

describe('staff links page', () => {
  const document = readPage('/links-for-staff/');

  it('is linked from the footer of every page, and not from the main navigation', () => {
    for (const sitePage of sitePages) {
      const page = readPage(sitePage.path);
      const staffLinks = fixedRoutes(sitePage.language).staffLinks;
      expect(page.querySelector(`footer a[href="${staffLinks}"]`), sitePage.path).not.toBeNull();
      expect(page.querySelector(`header a[href="${staffLinks}"]`), sitePage.path).toBeNull();
    }
  });

  it('shows the full address of every article and every section as text', () => {
    const shown = new Set([...document.querySelectorAll('main a')].map((link) => link.textContent));
    for (const article of articles) {
      expect(shown, article.path).toContain(absoluteUrl(article.path));
      for (const heading of article.headings.filter((entry) => entry.depth <= 3)) {
        expect(shown).toContain(absoluteUrl(`${article.path}#${heading.id}`));
      }
    }
  });
});

describe('old addresses (aliases)', () => {
  it.each(aliases.map((alias) => [alias.path, alias] as const))('%s sends readers and search engines on to its article', (urlPath, alias) => {
    const document = readPage(urlPath);
    const refresh = document.querySelector('head meta[http-equiv="refresh"]')?.getAttribute('content') ?? '';
    const destination = /^0; url=(.+)$/.exec(refresh)?.[1] ?? '';
    expect(destination).toBe(alias.target.path);
    expect(readPage(destination).querySelector('h1')?.textContent).toBe(alias.target.title);
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(absoluteUrl(alias.target.path));
    expect(isNoindex(document)).toBe(false);
    expect(document.querySelector(`main a[href="${alias.target.path}"]`)?.textContent).toBe(alias.target.title);
  });
});

describe('_redirects for Cloudflare Pages and Netlify', () => {
  it('sends each old address on to its article with a permanent redirect', () => {
    const lines = readFileSync(fileForPath('/_redirects') ?? '', 'utf8').trim().split('\n');
    for (const alias of aliases) {
      expect(lines).toContain(`${alias.path} ${alias.target.path} 301`);
      expect(lines).toContain(`${alias.path.slice(0, -1)} ${alias.target.path} 301`);
    }
    // And, per language, the rewrites that make /404 and the .gz copies real 404s on Cloudflare (lib/hosting/redirects.ts).
    expect(lines).toHaveLength(aliases.length * 2 + LANGUAGES.length * 2);
  });
});
