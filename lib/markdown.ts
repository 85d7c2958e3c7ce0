import GithubSlugger, { slug as toSlug } from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import { defaultSchema } from 'hast-util-sanitize';
import { visit } from 'unist-util-visit';
import { RESERVED_IDS } from './page-ids';

export interface SectionHeading {
  readonly depth: number;
  readonly text: string;
  /** Stable, readable id, so staff can link to `/page/#this-id`. */
  readonly id: string;
}

export interface LinkInMarkdown {
  readonly url: string;
  readonly line: number | undefined;
}

export interface RenderedMarkdown {
  readonly html: string;
  readonly headings: readonly SectionHeading[];
  readonly links: readonly LinkInMarkdown[];
}

/**
 * GitHub's sanitize schema with two changes. No "user-content-" prefix on ids: raw HTML
 * never reaches the page, so the only ids in an article are the heading ids set below
 * and the footnote ids remark makes itself, and the prefix would only make every
 * section link long and odd (dropping it everywhere keeps footnote references and their
 * targets in step). And tel: links are kept, so a phone number can be tapped.
 */
const sanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: '',
  protocols: { ...defaultSchema.protocols, href: [...(defaultSchema.protocols?.href ?? []), 'tel'] },
};

const processor = remark().use(remarkGfm).use(remarkHtml, { sanitize: sanitizeSchema });

function addHeadingIds(tree: Root): SectionHeading[] {
  const slugger = new GithubSlugger();
  // Taking the template's ids first makes a heading with the same text get a -1 suffix.
  for (const id of RESERVED_IDS) slugger.slug(id);
  const headings: SectionHeading[] = [];
  visit(tree, 'heading', (node: Heading) => {
    const text = toString(node, { includeHtml: false }).trim();
    // A heading of only punctuation ("## ?") would get an empty id.
    const id = slugger.slug(toSlug(text) === '' ? 'section' : text);
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    headings.push({ depth: node.depth, text, id });
  });
  return headings;
}

function collectLinks(tree: Root): LinkInMarkdown[] {
  const links: LinkInMarkdown[] = [];
  visit(tree, ['link', 'definition'], (node) => {
    if ('url' in node && typeof node.url === 'string') {
      links.push({ url: node.url, line: node.position?.start.line });
    }
  });
  return links;
}

/** The Markdown syntax tree, with line numbers, for checks that read the text itself. */
export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown);
}

/** Markdown → sanitized HTML, plus the headings and links an editor's checks need. */
export async function renderMarkdown(markdown: string): Promise<RenderedMarkdown> {
  const tree = parseMarkdown(markdown);
  const headings = addHeadingIds(tree);
  const links = collectLinks(tree);
  const transformed = (await processor.run(tree)) as Root;
  const html = processor.stringify(transformed);
  return { html, headings, links };
}
