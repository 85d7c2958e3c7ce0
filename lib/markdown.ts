import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import { defaultSchema } from 'hast-util-sanitize';
import { visit } from 'unist-util-visit';

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
 * GitHub's sanitize schema without the "user-content-" prefix on ids. Raw HTML never
 * reaches the page, so the only ids are the heading ids set below and the footnote ids
 * remark makes itself; the prefix would only make every section link long and odd.
 * Dropping it for all clobberable attributes keeps footnote references and their
 * targets in step.
 */
const sanitizeSchema = { ...defaultSchema, clobberPrefix: '' };

const processor = remark().use(remarkGfm).use(remarkHtml, { sanitize: sanitizeSchema });

function addHeadingIds(tree: Root): SectionHeading[] {
  const slugger = new GithubSlugger();
  const headings: SectionHeading[] = [];
  visit(tree, 'heading', (node: Heading) => {
    const text = toString(node);
    const id = slugger.slug(text);
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

/** Markdown → sanitized HTML, plus the headings and links an editor's checks need. */
export async function renderMarkdown(markdown: string): Promise<RenderedMarkdown> {
  const tree = processor.parse(markdown);
  const headings = addHeadingIds(tree);
  const links = collectLinks(tree);
  const transformed = (await processor.run(tree)) as Root;
  const html = processor.stringify(transformed);
  return { html, headings, links };
}
