import { documentTitle } from '@/lib/site/metadata';
import { readFileSync } from 'node:fs';
import { pageId } from '@/lib/i18n/page-ids';
import { message } from '@/lib/i18n/messages';
import { describe, expect, it } from 'vitest';
import { findAvailabilityArticle, loadArticles } from '@/lib/content/articles';
import { loadAvailability, statesNotAvailable } from '@/lib/content/availability';
import { loadLocations } from '@/lib/content/locations';
import { english } from '@/lib/i18n/languages';
import { languageOfPath } from '@/lib/i18n/languages';
import { fixedRoutes } from '@/lib/routes/fixed-routes';
import { stateInSentence } from '@/lib/site/state-pages';
import { loadSitePages } from '@/lib/site/site-pages';
import { listAliases } from '@/lib/site/aliases';
import { loadSourceArticle } from '@/lib/content/source-article';
import { answersByState } from '@/lib/content/state-answers';
import { answerFromArticle, answerFromLocations, basedOnSource, notAvailableSentence } from '@/lib/site/phrases';
import { META_CONTENT_SECURITY_POLICY } from '@/lib/hosting/security-headers';
import { statePagePath } from '@/lib/routes/state-paths';
import { assertBuilt, builtPages, fileForPath, readPage } from '@/tests/built/out-dir';

assertBuilt();
const articles = await loadArticles();
const availability = await loadAvailability();
const locations = await loadLocations();
const source = await loadSourceArticle();
const availabilityPath = findAvailabilityArticle(articles).path;
const statePaths = availability.states.map((state) => statePagePath(availabilityPath, state.name));
const sitePages = await loadSitePages();
const LOCATIONS_PATH = fixedRoutes(english).locations;
const answers = answersByState(availability, locations.locations);
const notAvailableCount = statesNotAvailable(availability).length;
const pages = builtPages();
const contentPages = pages.filter((page) => !page.endsWith('/404.html'));

function text(document: Document): string {
  return (document.body.textContent ?? '').replace(/\s+/g, ' ');
}

describe('the exported site in out/', () => {
  it('has every page of every language, and the old addresses', () => {
    const aliases = listAliases(articles).map((alias) => alias.path);
    expect(contentPages).toEqual([...sitePages.map((page) => page.path), ...aliases].sort());
  });

  it('has the home page, one page per article at /slug/, one per state and DC, the locations page, the staff page, the printable guide and the pages about the site in English', () => {
    const englishPages = sitePages.filter((page) => page.language === english).map((page) => page.path);
    const aboutTheSite = ['/about/', '/accessibility/', '/privacy/'];
    expect(englishPages.sort()).toEqual(['/', ...articles.map((article) => article.path), ...statePaths, LOCATIONS_PATH, '/links-for-staff/', '/guide/', ...aboutTheSite].sort());
  });

  it.each(articles.map((article) => [article.path, article] as const))(
    '%s is complete HTML before any script runs: title, description, heading, dates and notice',
    (urlPath, article) => {
      const document = readPage(urlPath);
      expect(document.documentElement.lang).toBe('en');
      expect(document.title).toBe(documentTitle(article.title, message(english, 'site.name')));
      expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(article.description);
      expect([...document.querySelectorAll('h1')].map((h1) => h1.textContent)).toEqual([article.title]);
      expect(text(document)).toContain(message(english, 'review.notReviewed'));
      expect(text(document)).toContain(basedOnSource(source, english));
      expect(text(document)).toContain(notAvailableSentence(statesNotAvailable(availability), english));
      expect(text(document)).toContain('It is not medical advice');
    },
  );

  it('gives every section heading in an article an id to link to', () => {
    for (const article of articles) {
      const ids = [...readPage(article.path).querySelectorAll('main h2[id], main h3[id]')].map((heading) => heading.id);
      expect(ids, article.path).toEqual(expect.arrayContaining(article.headings.map((heading) => heading.id)));
    }
  });

  it('lists every state and DC on the availability page, each linking to its own page', () => {
    const links = [...readPage(availabilityPath).querySelectorAll('main section li a[href^="/"]')].map((link) => link.getAttribute('href'));
    expect(links).toEqual(statePaths);
  });

  it.each(answers.map((answer) => [statePagePath(availabilityPath, answer.state.name), answer] as const))(
    '%s answers for its state in the title, the heading and in words, and names its source',
    (urlPath, answer) => {
      const document = readPage(urlPath);
      const name = stateInSentence(answer.state.code, english);
      expect(document.title).toBe(documentTitle(`Dry needling in ${name}`, message(english, 'site.name')));
      expect([...document.querySelectorAll('h1')].map((h1) => h1.textContent)).toEqual([`Dry needling in ${name}`]);
      for (const sentence of [answerFromArticle(answer, notAvailableCount, english), answerFromLocations(answer, english)].filter((said) => said !== undefined)) {
        expect(text(document)).toContain(sentence);
      }
      expect(text(document)).toContain(basedOnSource(source, english));
      expect(text(document)).toContain(message(english, 'review.notReviewed'));
      expect(text(document)).not.toContain('Last checked');
    },
  );

  it('never says dry needling is offered or available in a state that neither the article nor a location speaks for', () => {
    const unknown = answers.filter((answer) => answer.kind === 'not-stated').map((answer) => stateInSentence(answer.state.code, english));
    expect(unknown.length).toBeGreaterThan(0);
    for (const urlPath of contentPages) {
      const words = text(readPage(urlPath));
      for (const name of unknown) expect(words, `${urlPath} about ${name}`).not.toMatch(new RegExp(`(offered|available) in ${name}\\b`));
    }
  });

  it('says the locations are example data before the first sentence or number that depends on them, on every page that uses them, and nowhere once they are real', () => {
    for (const urlPath of [...statePaths, availabilityPath, LOCATIONS_PATH]) {
      const main = readPage(urlPath).querySelector('main');
      const notice = [...(main?.querySelectorAll('strong') ?? [])].find((element) => element.textContent === message(english, 'exampleData.lead'));
      if (!locations.example) {
        expect(notice, urlPath).toBeUndefined();
        continue;
      }
      const dependent = [...(main?.querySelectorAll('p, li, a[href^="tel:"]') ?? [])].find((element) =>
        /offered at|no location in|Call a location|Not known|\(\d{3}\) 555/.test(element.textContent ?? ''),
      );
      if (!dependent) continue;
      expect(notice, urlPath).toBeDefined();
      expect(notice && notice.compareDocumentPosition(dependent) & 4, `${urlPath}: the notice comes before "${dependent.textContent}"`).toBeTruthy();
    }
  });

  it('shows every location on the locations page with a phone link, and says while they are example data', () => {
    const document = readPage(LOCATIONS_PATH);
    const phones = [...document.querySelectorAll('main a[href^="tel:"]')].map((link) => link.textContent);
    expect(phones.sort()).toEqual(locations.locations.map((location) => location.phone).sort());
    expect(text(document).includes(message(english, 'exampleData.lead'))).toBe(locations.example);
  });

  it('serves a clear 404 page that search engines do not index, and no copy of it at an address that would answer 200', () => {
    const document = readPage('/404.html');
    expect(document.querySelector('h1')?.textContent).toBe('Page not found');
    expect([...document.querySelectorAll('meta[name="robots"]')].map((meta) => meta.getAttribute('content'))).toEqual(['noindex']);
    expect(pages.filter((page) => page.startsWith('/404/') || page.startsWith('/_not-found/'))).toEqual([]);
    // In main: the site header's own "All topics" link is on every page, this one included.
    expect(document.querySelector('main a[href="/#topics"]')?.textContent).toBe(message(english, 'notFound.allTopics'));
  });

  it('carries its own content security policy and referrer policy on every page, first in the head after the charset', () => {
    for (const urlPath of pages) {
      const head = [...readPage(urlPath).head.children].slice(0, 3).map((element) => element.outerHTML);
      expect(head, urlPath).toEqual([
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}">`,
        '<meta name="referrer" content="no-referrer">',
      ]);
    }
  });

  it('has a skip link, the header navigation and the footer disclaimer on every page, in its language', () => {
    for (const urlPath of pages) {
      const document = readPage(urlPath);
      const language = languageOfPath(urlPath);
      const mainId = pageId('mainContent', language);
      const skip = document.querySelector(`a[href="#${mainId}"]`);
      expect(skip?.textContent, urlPath).toBe(message(language, 'skipLink'));
      expect(document.querySelector(`main#${mainId}`), urlPath).not.toBeNull();
      expect(document.querySelector(`header nav[aria-label="${message(language, 'navigation.label')}"]`), urlPath).not.toBeNull();
      expect(document.querySelector('footer')?.textContent, urlPath).toContain(message(language, 'disclaimer'));
    }
  });

  it('loads one stylesheet on every page, and it exists', () => {
    for (const urlPath of pages) {
      const sheets = [...readPage(urlPath).querySelectorAll('link[rel="stylesheet"]')].map((link) => link.getAttribute('href') ?? '');
      expect(sheets, urlPath).toHaveLength(1);
      expect(fileForPath(sheets[0] ?? ''), sheets[0]).toBeDefined();
    }
  });

  it('defines every colour the stylesheet uses, so no text or focus style falls back to nothing', () => {
    const sheet = readPage('/').querySelector('link[rel="stylesheet"]')?.getAttribute('href') ?? '';
    const css = readFileSync(fileForPath(sheet) ?? '', 'utf8');
    const used = new Set([...css.matchAll(/var\((--color-[\w-]+)\)/g)].map((match) => match[1]));
    const defined = new Set([...css.matchAll(/(--color-[\w-]+):/g)].map((match) => match[1]));
    expect([...used].filter((name) => !defined.has(name))).toEqual([]);
    expect(css).toContain('focus-visible');
  });
});
