import { attributeOf, elementsOf, removeElement, type PageDocument, type PageElement } from './page-html';

/**
 * Every page is rendered to complete HTML at build time and no page needs script, so the
 * Next.js client runtime is removed from the export. It works on the parsed page (see
 * page-html.ts), never on the text: article text and attribute values can hold anything.
 */

/** JSON-LD is data for search engines, never run, so it stays. */
function isDataBlock(script: PageElement): boolean {
  return attributeOf(script, 'type')?.trim().toLowerCase() === 'application/ld+json';
}

function preloadsScript(link: PageElement): boolean {
  const rel = (
    attributeOf(link, 'rel') ??
    // Stryker disable next-line StringLiteral: a <link> without rel names no preload either way
    ''
  )
    .toLowerCase()
    // Stryker disable next-line Regex: splitting on single spaces only adds empty tokens, which no rule looks for
    .split(/\s+/);
  return rel.includes('modulepreload') || (rel.includes('preload') && attributeOf(link, 'as')?.trim().toLowerCase() === 'script');
}

function isRuntime(element: PageElement): boolean {
  if (element.tagName === 'script') return !isDataBlock(element);
  return element.tagName === 'link' && preloadsScript(element);
}

/** Removes script elements (JSON-LD excepted) and links that preload script from a parsed page. */
export function removeRuntime(document: PageDocument): void {
  for (const element of [...elementsOf(document)].filter(isRuntime)) removeElement(element);
}

/**
 * The RSC payloads Next exports beside each page (index.txt, __next.*.txt): only client-side
 * navigation fetches them, and without the runtime nothing does.
 */
export function isClientNavigationPayload(fileName: string): boolean {
  return fileName === 'index.txt' || /^__next\..*\.txt$/.test(fileName);
}
