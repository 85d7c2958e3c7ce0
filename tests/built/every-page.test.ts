import { describe, expect, it } from 'vitest';
import { EXPORT_BEFORE_STRIP_DIR } from '@/lib/hosting/build-paths';
import { attributeOf, elementsOf, headOf, type PageDocument, type PageElement } from '@/lib/hosting/page-html';
import { languageOfPath } from '@/lib/i18n/languages';
import { loadRouteTable } from '@/lib/site/route-table';
import { absoluteUrl } from '@/lib/routes/site-url';
import { assertBuilt, builtPages, fileForPath } from '@/tests/built/out-dir';
import {
  accessibleName,
  builtDocument,
  documentBeforeStrip,
  findElements,
  idsOf,
  internalTarget,
  isInside,
  normalizedText,
} from '@/tests/built/page-reading';

/*
 * Every HTML file in out/, old addresses and not-found pages included, read once in node: what
 * can be known from the HTML is checked on every page, so a defect fails whichever page it is on.
 * What needs a browser (axe, focus, layout, print, the policy in effect) is checked on one page of
 * each kind by tests/browser/representative-pages.test.ts.
 */
assertBuilt();
const pages = builtPages();
const { routes } = await loadRouteTable();
/** A page of its own, as opposed to an old address or a not-found page. */
const isOwnPage = (kind: string | undefined) => kind !== undefined && kind !== 'moved' && kind !== 'not-found';

/** Link names that say nothing when a screen reader lists the links on a page. */
const VAGUE = /^(click here|here|read more|more|learn more|this page|link|go|continue|find out more)$/i;
/** Sectioning elements: a header or footer inside one is not the page's banner or content information. */
const SECTIONING = new Set(['article', 'aside', 'main', 'nav', 'section']);
/** Link relations that make a browser fetch something. */
const FETCHED_LINKS = new Set(['stylesheet', 'icon', 'apple-touch-icon', 'manifest', 'preload', 'modulepreload', 'prefetch']);

const hasId = (urlPath: string, id: string) => idsOf(builtDocument(urlPath) as PageDocument).includes(id);

/** A link or file on the site that must exist in out/, with its #section when it has one. */
function missingTarget(href: string, from: string): string | undefined {
  const target = internalTarget(href, from);
  if (!target) return undefined;
  if (!fileForPath(target.path)) return `${href}: no such page or file in out/`;
  if (target.hash && !hasId(target.path, target.hash)) return `${href}: no element with id "${target.hash}"`;
  return undefined;
}

/** Scripts in any form: the site ships 0 bytes of JavaScript, and its policy would block them anyway. */
function javascript(elements: readonly PageElement[]): string[] {
  return elements.flatMap((element) => [
    ...(element.tagName === 'script' && attributeOf(element, 'type') !== 'application/ld+json' ? ['a <script>'] : []),
    ...(element.tagName === 'link' && /(^|\s)(modulepreload|preload)(\s|$)/.test(attributeOf(element, 'rel') ?? '') && attributeOf(element, 'as') !== 'style'
      ? [`a script preload ${attributeOf(element, 'href')}`]
      : []),
    ...element.attrs.filter((attribute) => attribute.name.startsWith('on')).map((attribute) => `an ${attribute.name} handler on <${element.tagName}>`),
    ...element.attrs.filter((attribute) => /^\s*javascript:/i.test(attribute.value)).map((attribute) => `a javascript: ${attribute.name}`),
  ]);
}

/** Inline styles, which the policy (style-src 'self') blocks: the page would render unstyled there. */
function inlineStyles(elements: readonly PageElement[]): string[] {
  return elements.flatMap((element) => [
    ...(element.tagName === 'style' ? ['a <style> element'] : []),
    ...(attributeOf(element, 'style') !== undefined ? [`a style attribute on <${element.tagName}>`] : []),
  ]);
}

function headings(elements: readonly PageElement[]): string[] {
  const levels = elements.filter((element) => /^h[1-6]$/.test(element.tagName)).map((element) => Number(element.tagName.slice(1)));
  const problems = levels[0] === 1 ? [] : [`the first heading is h${levels[0] ?? ' (none)'}, not the h1`];
  const h1s = levels.filter((level) => level === 1).length;
  if (h1s !== 1) problems.push(`${h1s} h1 elements`);
  levels.forEach((level, index) => {
    const previous = levels[index - 1];
    if (previous !== undefined && level > previous + 1) problems.push(`a heading skips from h${previous} to h${level}`);
  });
  return problems;
}

function landmarks(elements: readonly PageElement[], document: PageDocument): string[] {
  const count = (tagName: string, outsideSections: boolean) =>
    elements.filter((element) => element.tagName === tagName && !(outsideSections && isInside(element, SECTIONING))).length;
  const problems = [
    ...(count('header', true) === 1 ? [] : [`${count('header', true)} page headers (banner)`]),
    ...(count('main', false) === 1 ? [] : [`${count('main', false)} main elements`]),
    ...(count('footer', true) === 1 ? [] : [`${count('footer', true)} page footers (contentinfo)`]),
  ];
  const navigations = elements.filter((element) => element.tagName === 'nav');
  if (navigations.length === 0) problems.push('no navigation');
  if (navigations.length > 1) problems.push(...navigations.filter((nav) => !accessibleName(nav, document)).map(() => 'a navigation with no name among several'));
  return problems;
}

/** Links: each named so it makes sense out of context, one name for one destination, each leading somewhere that exists. */
function links(elements: readonly PageElement[], document: PageDocument, urlPath: string): string[] {
  const problems: string[] = [];
  const destinations = new Map<string, Set<string>>();
  for (const link of elements.filter((element) => element.tagName === 'a' && attributeOf(element, 'href') !== undefined)) {
    const href = attributeOf(link, 'href') ?? '';
    const name = accessibleName(link, document);
    if (!name) problems.push(`a link to ${href} has no name`);
    if (VAGUE.test(name)) problems.push(`a link says only "${name}"`);
    const destination = new URL(href, absoluteUrl(urlPath)).href;
    destinations.set(name, (destinations.get(name) ?? new Set()).add(destination));
    const missing = missingTarget(href, urlPath);
    if (missing) problems.push(`a link to ${missing}`);
  }
  for (const [name, urls] of destinations) if (urls.size > 1) problems.push(`"${name}" links to ${[...urls].join(', ')}`);
  return problems;
}

/** Files the browser fetches for the page: each from this site (the privacy page promises it) and each in out/. */
function fetchedFiles(elements: readonly PageElement[], urlPath: string): string[] {
  const fetched = elements.flatMap((element) => {
    if (element.tagName === 'link') {
      const rels = (attributeOf(element, 'rel') ?? '').split(/\s+/);
      return rels.some((rel) => FETCHED_LINKS.has(rel)) ? [attributeOf(element, 'href') ?? ''] : [];
    }
    if (['iframe', 'object', 'embed', 'video', 'audio'].includes(element.tagName)) return [`<${element.tagName}>`];
    const sources = [attributeOf(element, 'src'), ...(attributeOf(element, 'srcset') ?? '').split(',').map((entry) => entry.trim().split(/\s+/)[0])];
    return sources.filter((source): source is string => Boolean(source));
  });
  return fetched.flatMap((href) => {
    if (href.startsWith('<')) return [`embeds ${href}`];
    if (!internalTarget(href, urlPath)) return [`fetches ${href} from another site`];
    const missing = missingTarget(href, urlPath);
    return missing ? [`fetches ${missing}`] : [];
  });
}

/** Language, its twins and its own address, as search engines and screen readers read them. */
function languageAndAddresses(document: PageDocument, urlPath: string): string[] {
  const problems: string[] = [];
  const language = languageOfPath(urlPath);
  const lang = findElements(document, 'html').map((html) => attributeOf(html, 'lang'))[0];
  if (lang !== language.code) problems.push(`<html lang="${lang}">, not "${language.code}"`);
  const head = [...elementsOf(headOf(document))];
  const route = routes.get(urlPath);
  const canonical = head.find((element) => element.tagName === 'link' && attributeOf(element, 'rel') === 'canonical');
  const canonicalHref = canonical && attributeOf(canonical, 'href');
  if (isOwnPage(route?.kind) && canonicalHref !== absoluteUrl(urlPath)) problems.push(`canonical ${canonicalHref ?? '(none)'}, not ${absoluteUrl(urlPath)}`);
  const alternates = head.filter((element) => element.tagName === 'link' && attributeOf(element, 'hreflang') !== undefined);
  if (isOwnPage(route?.kind) && !alternates.some((link) => attributeOf(link, 'hreflang') === language.code && attributeOf(link, 'href') === absoluteUrl(urlPath))) {
    problems.push(`no hreflang="${language.code}" alternate naming the page itself`);
  }
  for (const link of [...(canonical ? [canonical] : []), ...alternates]) {
    const href = attributeOf(link, 'href') ?? '';
    const target = internalTarget(href, urlPath);
    if (!target || !builtDocument(target.path)) problems.push(`${attributeOf(link, 'rel')} ${href} is not a page in out/`);
  }
  return problems;
}

function metadata(document: PageDocument): string[] {
  const head = [...elementsOf(headOf(document))];
  const meta = (name: string) => head.flatMap((element) => (element.tagName === 'meta' && attributeOf(element, 'name') === name ? [attributeOf(element, 'content') ?? ''] : []))[0] ?? '';
  const title = head.filter((element) => element.tagName === 'title').map((element) => normalizedText(element))[0];
  return [
    ...(title ? [] : ['no <title>']),
    ...(meta('description').trim() ? [] : ['no meta description']),
    ...(meta('viewport').includes('width=device-width') ? [] : ['no viewport that fits a phone']),
  ];
}

function duplicateIds(document: PageDocument): string[] {
  const ids = idsOf(document);
  return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))].map((id) => `the id "${id}" is used more than once`);
}

/** The text and links a reader gets, as Next exported the page with its runtime and as out/ has it. */
function readerView(document: PageDocument) {
  const body = findElements(document, 'body')[0];
  return {
    text: body ? normalizedText(body) : '',
    links: findElements(document, 'a').map((link) => `${normalizedText(link)} -> ${attributeOf(link, 'href')}`),
  };
}

function sameAsBeforeStrip(document: PageDocument, urlPath: string): string[] {
  const before = documentBeforeStrip(EXPORT_BEFORE_STRIP_DIR, urlPath);
  if (!before) return [`${EXPORT_BEFORE_STRIP_DIR} has no copy of this page to compare with`];
  const [was, is] = [readerView(before), readerView(document)];
  return [
    ...(was.text === is.text ? [] : ['shows other text than the page Next exported']),
    ...(JSON.stringify(was.links) === JSON.stringify(is.links) ? [] : ['has other links than the page Next exported']),
  ];
}

/** Everything that is wrong with one built page, from one parse of it. */
function problemsOf(urlPath: string): string[] {
  const document = builtDocument(urlPath) as PageDocument;
  const elements = [...elementsOf(document)];
  return [
    ...javascript(elements),
    ...inlineStyles(elements),
    ...headings(elements),
    ...landmarks(elements, document),
    ...links(elements, document, urlPath),
    ...fetchedFiles(elements, urlPath),
    ...languageAndAddresses(document, urlPath),
    ...metadata(document),
    ...duplicateIds(document),
    ...sameAsBeforeStrip(document, urlPath),
  ];
}

/** The pages a reader reaches by following links from the start pages. */
function reachableFrom(starts: readonly string[]): Set<string> {
  const reached = new Set(starts);
  const queue = [...starts];
  for (let from = queue.shift(); from !== undefined; from = queue.shift()) {
    for (const link of findElements(builtDocument(from) as PageDocument, 'a')) {
      const target = internalTarget(attributeOf(link, 'href') ?? '', from);
      if (!target || reached.has(target.path) || !builtDocument(target.path)) continue;
      reached.add(target.path);
      queue.push(target.path);
    }
  }
  return reached;
}

describe('every page in out/', () => {
  it('is every page a host serves: the pages of the site, the old addresses and the not-found pages', () => {
    expect(pages.length).toBeGreaterThan(130);
    expect(pages).toEqual(expect.arrayContaining(['/', '/es/', '/404.html', '/es/404.html', '/privacy/']));
  });

  it('is reached from the home page by its links, except the old addresses and the not-found pages, which nothing should link to', () => {
    const fromHome = reachableFrom(['/']);
    const unlinked = pages.filter((urlPath) => routes.get(urlPath)?.kind === 'moved' || urlPath.endsWith('/404.html'));
    expect(pages.filter((urlPath) => !fromHome.has(urlPath))).toEqual(unlinked);
    expect(unlinked.length).toBeGreaterThan(2);
  });

  it.each(pages)(
    '%s runs no script, has one h1 and headings in order, its landmarks, named links that all lead somewhere, only its own files, its language, addresses and metadata, and the text Next exported',
    (urlPath) => {
      expect(problemsOf(urlPath)).toEqual([]);
    },
  );
});
