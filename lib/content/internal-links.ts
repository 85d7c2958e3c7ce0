import { errorAt, type Problem } from './problem';
import type { LinkInMarkdown } from './markdown';
import { clipped } from './text-rules';
import { shown } from './zod-messages';

/** What a link checker needs to know about each page on the site. */
export interface LinkTarget {
  readonly path: string;
  /** Every id on the page; undefined while the page's own file has a problem and its sections are not known yet. */
  readonly ids?: readonly string[];
  /** False for pages too many to name when listing the site's pages in a message: one per state. */
  readonly listed?: boolean;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

function checkAnchor(url: string, hash: string, target: LinkTarget): string | undefined {
  if (!target.ids || target.ids.includes(hash)) return undefined;
  const ids = target.ids.map((id) => `#${id}`).join(', ') || 'none';
  return `the link ${shown(url)} points to a section "#${hash}" that ${target.path} does not have. Sections there: ${ids}.`;
}

/**
 * Every problem with the internal links of one page: pages that do not exist, sections
 * that do not exist, and links not written in the site's one URL form (/page/#section).
 */
export function findBrokenLinks(
  file: string,
  links: readonly LinkInMarkdown[],
  self: LinkTarget,
  pages: readonly LinkTarget[],
): Problem[] {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const problems: Problem[] = [];
  for (const link of links) {
    const { url } = link;
    const report = (message: string) => problems.push(errorAt(file, link.line, message));
    // Stryker disable next-line OptionalChaining: the scheme group always takes part in a match.
    const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
    if (scheme !== undefined) {
      if (!SAFE_SCHEMES.has(scheme)) {
        report(`the link ${shown(url)} is not allowed. Links must be web addresses (https://…), email (mailto:…), phone (tel:…) or pages on this site (/…).`);
      }
      continue;
    }
    if (url.startsWith('//')) {
      report(`the link ${shown(url)} leaves out "https:". Write the whole address, like https:${clipped(url)}, or link to a page on this site starting with a single /.`);
      continue;
    }
    if (url === '') {
      report(`a link has no address. Write it between the round brackets, like [what you may feel](/after-effects/), or remove the link.`);
      continue;
    }
    // Stryker disable next-line StringLiteral: split always returns a first element.
    const [pathPart = '', hash] = url.split('#', 2);
    if (pathPart === '') {
      // Not empty, so it starts with #: a section of this page.
      const problem = checkAnchor(url, hash ?? '', self);
      if (problem) report(problem);
      continue;
    }
    if (!pathPart.startsWith('/')) {
      report(`the link ${shown(url)} must start from the site root, like /what-is-dry-needling/.`);
      continue;
    }
    const target = byPath.get(pathPart) ?? byPath.get(`${pathPart}/`);
    if (!target) {
      const known = pages
        .filter((page) => page.listed !== false)
        .map((page) => page.path)
        .sort()
        .join(', ');
      report(`the link ${shown(url)} points to a page that does not exist. Pages on this site: ${known}.`);
    } else if (target.path !== pathPart) {
      report(`write the link ${shown(url)} as "${clipped(url.replace(pathPart, target.path))}", with the slash at the end, so every link to a page is the same.`);
    } else if (hash !== undefined) {
      const problem = checkAnchor(url, hash, target);
      if (problem) report(problem);
    }
  }
  return problems;
}
