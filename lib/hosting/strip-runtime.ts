/**
 * Every page is rendered to complete HTML at build time and no page needs script, so the
 * Next.js client runtime is removed from the export. Next writes well-formed, minified HTML;
 * the patterns below follow the HTML tokenizer's own rules (a script element ends at the first
 * `</script`), and attribute values in quotes may contain `>`.
 */
const ATTRIBUTES = String.raw`(?:[^>"']|"[^"]*"|'[^']*')*`;
const SCRIPT_ELEMENT = new RegExp(String.raw`<script\b(${ATTRIBUTES})>[\s\S]*?</script\s*>`, 'gi');
const LINK_ELEMENT = new RegExp(String.raw`<link\b(${ATTRIBUTES})/?>`, 'gi');

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(String.raw`(?:^|\s)${name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))`, 'i').exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '').trim().toLowerCase() : undefined;
}

/** JSON-LD is data for search engines, never run, so it stays. */
function isDataBlock(attributes: string): boolean {
  return attribute(attributes, 'type') === 'application/ld+json';
}

function preloadsScript(attributes: string): boolean {
  const rel = (attribute(attributes, 'rel') ?? '').split(/\s+/);
  return rel.includes('modulepreload') || (rel.includes('preload') && attribute(attributes, 'as') === 'script');
}

/** The page's HTML without script elements (except JSON-LD) or links that preload script. */
export function stripRuntime(html: string): string {
  return html
    .replace(SCRIPT_ELEMENT, (element, attributes: string) => (isDataBlock(attributes) ? element : ''))
    .replace(LINK_ELEMENT, (element, attributes: string) => (preloadsScript(attributes) ? '' : element));
}

/**
 * The RSC payloads Next exports beside each page (index.txt, __next.*.txt): only client-side
 * navigation fetches them, and without the runtime nothing does.
 */
export function isClientNavigationPayload(fileName: string): boolean {
  return fileName === 'index.txt' || /^__next\..*\.txt$/.test(fileName);
}
