import { readFileSync } from 'node:fs';
import { message } from '@/lib/i18n/messages';
import { describe, expect, it } from 'vitest';
import { loadSourceArticle } from '@/lib/content/source-article';
import { english, spanish } from '@/lib/i18n/languages';
import { PAGE_IDS } from '@/lib/routes/page-ids';
import { absoluteUrl } from '@/lib/routes/site-url';
import { loadSitePages } from '@/lib/site/site-pages';
import { assertBuilt, builtPages, fileForPath, readPage } from './out-dir';

assertBuilt();
const sitePages = await loadSitePages();
const source = await loadSourceArticle();
const spanishPages = sitePages.filter((page) => page.language === spanish);
const spanishFiles = builtPages().filter((page) => page.startsWith('/es/'));

/** hreflang → address, as a page's <head> lists its twins. */
function alternates(document: Document): Record<string, string> {
  return Object.fromEntries(
    [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [link.getAttribute('hreflang') ?? '', link.getAttribute('href') ?? '']),
  );
}

/**
 * Every message of the English catalog shown as it is (no placeholder or tag in it), long
 * enough to be English rather than a shared name; the states' names are shared ("Texas").
 */
function englishInterfaceStrings(): string[] {
  return Object.entries(english.messages)
    .filter(([key, text]) => !key.startsWith('usState.') && !/[{<]/.test(text))
    .map(([, text]) => text)
    .filter((text) => text.length >= 8);
}

/** What a reader or a screen reader meets: the text, and the attributes read aloud or shown. */
function readableText(document: Document): string {
  const attributes = [...document.querySelectorAll('[aria-label], [alt], [title]')].flatMap((element) =>
    ['aria-label', 'alt', 'title'].map((name) => element.getAttribute(name) ?? ''),
  );
  const head = [...document.querySelectorAll('meta[name="description"], meta[property^="og:"], meta[name^="twitter:"]')].map(
    (meta) => meta.getAttribute('content') ?? '',
  );
  // JSON-LD is data for search engines, with its own English keys; the reader never sees it.
  const body = document.body.cloneNode(true) as HTMLElement;
  for (const script of body.querySelectorAll('script')) script.remove();
  // Text marked as another language is meant to be in it: the English email on the Spanish staff page.
  for (const other of body.querySelectorAll(`[lang]:not([lang="${document.documentElement.lang}"])`)) other.remove();
  return [document.title, body.textContent ?? '', ...attributes, ...head].join('\n').replace(/\s+/g, ' ');
}

// Words that Spanish text never uses: one of them on a Spanish page is English left behind.
const ENGLISH_WORDS = /\b(the|and|your|you|is|are|of|with|this|page|offered|topic|link|skip)\b/i;

describe('the Spanish pages', () => {
  it('are all built: every Spanish page of the site, and the Spanish 404 page', () => {
    expect(spanishPages.length).toBeGreaterThan(60);
    expect(spanishFiles).toEqual([...spanishPages.map((page) => page.path), '/es/404.html'].sort());
  });

  it.each(spanishFiles)('%s says it is in Spanish', (urlPath) => {
    expect(readPage(urlPath).documentElement.lang).toBe('es');
  });

  it.each(spanishFiles)('%s has no English on it', (urlPath) => {
    // The clinic's article is in English: its title is quoted as it is («…», said to be in English).
    const text = readableText(readPage(urlPath)).replaceAll(`«${source.title}»`, '«»');
    const leftovers = englishInterfaceStrings().filter((phrase) => text.includes(phrase));
    expect(leftovers).toEqual([]);
    expect(text.match(ENGLISH_WORDS)?.[0]).toBeUndefined();
  });

  it.each(spanishPages.map((page) => [page.path, page] as const))(
    '%s says first that no qualified translator has reviewed it yet, and links to the English page',
    (urlPath, page) => {
      const main = readPage(urlPath).querySelector('main');
      expect(main?.firstElementChild?.textContent).toContain(message(spanish, 'translationNotice.text'));
      const link = main?.firstElementChild?.querySelector('a');
      const original = page.translations.find((translation) => translation.language === english);
      expect(link?.getAttribute('href')).toBe(original?.path);
      expect(link?.getAttribute('hreflang')).toBe('en');
    },
  );

  it('keeps the English pages in English, with no translation notice', () => {
    for (const page of sitePages.filter((candidate) => candidate.language === english)) {
      expect(readPage(page.path).documentElement.lang, page.path).toBe('en');
      expect(readPage(page.path).body.textContent, page.path).not.toContain(message(english, 'translationNotice.text'));
    }
  });
});

describe('pairs of pages in English and Spanish', () => {
  it.each(sitePages.map((page) => [page.path, page] as const))('%s names itself and its twin, both ways, with English as the default', (urlPath, page) => {
    const listed = alternates(readPage(urlPath));
    const english = page.translations.find((translation) => translation.language.code === 'en');
    const expected = Object.fromEntries(page.translations.map((translation) => [translation.language.code, absoluteUrl(translation.path)]));
    expect(listed).toEqual({ ...expected, 'x-default': absoluteUrl(english?.path ?? '') });
    for (const translation of page.translations) {
      expect(alternates(readPage(translation.path)), `${translation.path} points back`).toEqual(listed);
    }
  });

  it.each(sitePages.map((page) => [page.path, page] as const))('%s links to its twin at the top of the page, in the twin’s language', (urlPath, page) => {
    const links = [...readPage(urlPath).querySelectorAll('header a[hreflang]')].map((link) => [
      link.getAttribute('hreflang'),
      link.getAttribute('lang'),
      link.getAttribute('href'),
    ]);
    const twins = page.translations.filter((translation) => translation.language !== page.language);
    expect(links).toEqual(twins.map((twin) => [twin.language.code, twin.language.code, twin.path]));
  });

  it('lists both languages in the sitemap, each entry with its alternates', () => {
    const xml = readFileSync(fileForPath('/sitemap.xml') ?? '', 'utf8');
    const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, entry = '']) => entry);
    const spanishHome = entries.find((entry) => entry.includes(`<loc>${absoluteUrl('/es/')}</loc>`));
    expect(spanishHome).toBeDefined();
    expect(spanishHome).toContain(`hreflang="en" href="${absoluteUrl('/')}"`);
    expect(spanishHome).toContain(`hreflang="x-default" href="${absoluteUrl('/')}"`);
    const indexedSpanish = spanishPages.filter((page) => page.indexable);
    for (const page of indexedSpanish) expect(xml, page.path).toContain(`<loc>${absoluteUrl(page.path)}</loc>`);
  });

  it('gives each Spanish page its own link-preview image, drawn with its Spanish title', () => {
    for (const page of spanishPages) {
      const image = readPage(page.path).querySelector('meta[property="og:image"]')?.getAttribute('content');
      expect(image, page.path).toBe(absoluteUrl(page.image));
      expect(fileForPath(page.image), page.image).toBeDefined();
    }
  });

  it('writes dates on Spanish pages the Spanish way, and names an unreviewed translation’s review as the English page’s', () => {
    const article = spanishPages.find((page) => page.kind === 'article');
    const text = readPage(article?.path ?? '').body.textContent ?? '';
    expect(text).toMatch(/artículo de la clínica «[^»]+» \(en inglés\), del \d{1,2} de [a-z]+ de \d{4}\./);
  });

  it.each(spanishPages.map((page) => [page.path, page] as const))('%s claims no review of its own in its structured data while it is unreviewed', (urlPath) => {
    const data = [...readPage(urlPath).querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent ?? '');
    expect(data.join('\n')).not.toContain('lastReviewed');
  });

  it.each(spanishFiles)('%s keeps each English section id staff may have sent, as an empty element just before its part', (urlPath) => {
    const english = new Set<string>([...Object.values(PAGE_IDS), ...[...'abcdefghijklmnopqrstuvwxyz'].map((letter) => `states-${letter}`)]);
    for (const element of readPage(urlPath).querySelectorAll('[id]')) {
      const isEnglish = english.has(element.id) || element.id.startsWith('topic-');
      if (!isEnglish) continue;
      expect(element.tagName, `${urlPath}#${element.id}`).toBe('SPAN');
      expect(element.childNodes, `${urlPath}#${element.id}`).toHaveLength(0);
      expect(element.getAttribute('aria-hidden'), `${urlPath}#${element.id}`).toBe('true');
    }
  });
});
