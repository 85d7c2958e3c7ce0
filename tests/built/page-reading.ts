import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultTreeAdapter, parse, type DefaultTreeAdapterTypes } from 'parse5';
import { attributeOf, elementsOf, type PageDocument, type PageElement } from '@/lib/hosting/page-html';
import { site } from '@/lib/routes/site-url';
import { fileForPath } from '@/tests/built/out-dir';

type ChildNode = DefaultTreeAdapterTypes.ChildNode;

/** Elements whose text a reader never sees as text. */
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript', 'head']);

const parsed = new Map<string, PageDocument>();

/** A built HTML file, parsed once per test file with the parser the build uses. */
export function parseFile(file: string): PageDocument {
  let document = parsed.get(file);
  if (!document) {
    document = parse(readFileSync(file, 'utf8'));
    parsed.set(file, document);
  }
  return document;
}

/** The page a host serves for a URL path, or undefined when it would answer 404. */
export function builtDocument(urlPath: string): PageDocument | undefined {
  const file = fileForPath(urlPath);
  return file ? parseFile(file) : undefined;
}

/**
 * The same page as Next exported it, runtime included (scripts/postbuild.ts keeps that copy). A
 * translated language's not-found page was exported at /es/404/ before the build made it /es/404.html.
 */
export function documentBeforeStrip(beforeStripDir: string, urlPath: string): PageDocument | undefined {
  const relative = decodeURIComponent(urlPath).replace(/^\//, '');
  const candidates = urlPath.endsWith('/') ? [path.join(relative, 'index.html')] : [relative, relative.replace(/\.html$/, '/index.html')];
  const file = candidates.map((candidate) => path.join(beforeStripDir, candidate)).find((candidate) => existsSync(candidate));
  return file ? parseFile(file) : undefined;
}

export function findElements(root: PageDocument | PageElement, tagName: string): PageElement[] {
  return [...elementsOf(root)].filter((element) => element.tagName === tagName);
}

/** The text of a node as a reader meets it: image alternatives included, hidden parts and code left out. */
export function textOf(node: ChildNode | PageDocument): string {
  if (defaultTreeAdapter.isTextNode(node as ChildNode)) return (node as DefaultTreeAdapterTypes.TextNode).value;
  if (!('childNodes' in node)) return '';
  if ('tagName' in node) {
    if (NOT_TEXT.has(node.tagName) || attributeOf(node, 'hidden') !== undefined || attributeOf(node, 'aria-hidden') === 'true') return '';
    if (node.tagName === 'img') return attributeOf(node, 'alt') ?? '';
  }
  return node.childNodes.map((child) => textOf(child)).join('');
}

export function normalizedText(node: ChildNode | PageDocument): string {
  return textOf(node).replace(/\s+/g, ' ').trim();
}

/** The name a screen reader gives a link: aria-labelledby, then aria-label, then its text. */
export function accessibleName(element: PageElement, document: PageDocument): string {
  const labelledBy = attributeOf(element, 'aria-labelledby');
  if (labelledBy) {
    const ids = new Set(labelledBy.split(/\s+/));
    return [...elementsOf(document)]
      .filter((candidate) => ids.has(attributeOf(candidate, 'id') ?? ''))
      .map((label) => normalizedText(label))
      .join(' ');
  }
  return (attributeOf(element, 'aria-label') ?? normalizedText(element)).trim();
}

/** Whether an element sits inside one of the given elements (header in an article is no banner). */
export function isInside(element: PageElement, tagNames: ReadonlySet<string>): boolean {
  for (let parent = element.parentNode; parent && 'tagName' in parent; parent = parent.parentNode) {
    if (tagNames.has(parent.tagName)) return true;
  }
  return false;
}

/** A link or resource on this site, as a URL path and an optional id; undefined when it leaves the site. */
export function internalTarget(href: string, from: string): { path: string; hash: string } | undefined {
  const url = new URL(href, `${site.url}${from}`);
  if (url.origin !== new URL(site.url).origin) return undefined;
  return { path: decodeURIComponent(url.pathname), hash: decodeURIComponent(url.hash.slice(1)) };
}

/** Every id on a page, for links to a #section. */
export function idsOf(document: PageDocument): string[] {
  return [...elementsOf(document)].flatMap((element) => attributeOf(element, 'id') ?? []);
}
