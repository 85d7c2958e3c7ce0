import GithubSlugger, { slug as toSlug } from 'github-slugger';
import { message } from '@/lib/i18n/messages';
import type { Element, ElementContent } from 'hast';
import type { Heading, List, Root, RootContent, Table } from 'mdast';
import { defaultHandlers, type Handlers } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { defaultTreeAdapter, html as htmlSpec, parseFragment, serialize, type DefaultTreeAdapterTypes } from 'parse5';
import { visit } from 'unist-util-visit';
import type { Language } from '@/lib/i18n/language';
import { DEFAULT_LANGUAGE } from '@/lib/i18n/languages';
import { pageIdsOf } from '@/lib/i18n/page-ids';
import { RESERVED_IDS } from '@/lib/routes/page-ids';
import { plainLetters } from '@/lib/routes/slug';

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
  /** What each section says directly (not in its subsections), by section id. */
  readonly sections: ReadonlyMap<string, SectionContent>;
}

export interface SectionContent {
  /** The plain text of each bullet or numbered item. */
  readonly listItems: readonly string[];
  /**
   * All of the section's words as a reader meets them, in one line: paragraphs as written, a
   * list as its items joined by semicolons. Structured data quotes it, so a summary keeps what
   * the page says around a list, such as "This list is not complete."
   */
  readonly text: string;
}

/** The class the stylesheet gives the "link to this section" anchor and the heading it sits beside. */
export const SECTION_LINK_CLASS = 'section-link';
export const SECTION_HEADING_CLASS = 'section-heading';
/** A table's caption: read by screen readers, hidden on screen, where the section's heading just above says the same. */
export const TABLE_CAPTION_CLASS = 'table-caption';

// hast-util-sanitize's default schema has each of these lists; the fallbacks are only for its types.
// Stryker disable OptionalChaining,ArrayDeclaration,LogicalOperator: see above.
const githubHrefProtocols = defaultSchema.protocols?.href ?? [];
const githubLinkAttributes = defaultSchema.attributes?.a ?? [];
const githubTagNames = defaultSchema.tagNames ?? [];
// Stryker restore OptionalChaining,ArrayDeclaration,LogicalOperator

/**
 * GitHub's sanitize schema with two changes. No "user-content-" prefix on ids: raw HTML
 * never reaches the page, so the only ids in an article are the heading ids set below
 * and the footnote ids remark makes itself, and the prefix would only make every
 * section link long and odd (dropping it everywhere keeps footnote references and their
 * targets in step). tel: links are kept, so a phone number can be tapped. And the two
 * classes of the section links below are allowed, each only with its exact value.
 */
const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  protocols: { ...defaultSchema.protocols, href: [...githubHrefProtocols, 'tel'] },
  attributes: {
    ...defaultSchema.attributes,
    // The sanitizer reads only the first className rule of an element, so extend GitHub's own.
    a: [
      ...githubLinkAttributes.filter(
        // Stryker disable next-line LogicalOperator,ConditionalExpression: drops only GitHub's data-footnote-* attributes, which no style or script of this site reads.
        (rule) => !Array.isArray(rule) || rule[0] !== 'className',
      ),
      ['className', 'data-footnote-backref', SECTION_LINK_CLASS],
    ],
    // Raw HTML never reaches the page, so the only divs are the section headings' own.
    div: [['className', SECTION_HEADING_CLASS]],
    caption: [['className', TABLE_CAPTION_CLASS]],
  },
  tagNames: [...githubTagNames, 'caption'],
};

/**
 * Each h2 and h3 is followed by a plain link to itself, so staff can copy a section's
 * address without JavaScript. The link sits beside the heading, not inside it, so the
 * heading's name in a screen reader's list of headings stays just its text.
 */
function sectionLinkHandlers(language: Language): Handlers {
  return {
    heading(state, node: Heading) {
      const heading = defaultHandlers.heading(state, node);
      // Stryker disable next-line OptionalChaining: every heading has its id (addHeadingIds) before this runs; the chaining is for the type.
      const id = node.data?.hProperties?.id;
      // Stryker disable next-line ConditionalExpression: every heading has its string id (addHeadingIds) before this runs; the check is for the type.
      if ((node.depth !== 2 && node.depth !== 3) || typeof id !== 'string') return heading;
      const text = toString(node, { includeHtml: false }).trim();
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { href: `#${id}`, className: [SECTION_LINK_CLASS], ariaLabel: message(language, 'sectionLink', { heading: text }) },
        children: [{ type: 'text', value: '#' }],
      };
      const children: ElementContent[] = [heading, link];
      return { type: 'element', tagName: 'div', properties: { className: [SECTION_HEADING_CLASS] }, children };
    },
    table(state, node: Table) {
      const table = defaultHandlers.table(state, node);
      const caption = node.data?.caption;
      if (caption === undefined) return table;
      const element: Element = { type: 'element', tagName: 'caption', properties: { className: [TABLE_CAPTION_CLASS] }, children: [{ type: 'text', value: caption }] };
      return { ...table, children: [element, ...table.children] };
    },
  };
}

declare module 'mdast' {
  interface TableData {
    /** The text of the heading of the table's section, which names the table (tableCaptions). */
    caption?: string;
  }
}

/**
 * Every table is named by the heading of the section it is in, as its <caption>: the editor
 * names a table by its heading, in the article's own language, and writes nothing else.
 * A table with no heading above it is refused (lib/content/article-structure.ts).
 */
function tableCaptions(tree: Root): void {
  let heading: string | undefined;
  visit(tree, ['heading', 'table'], (node) => {
    if (node.type === 'heading') heading = toString(node, { includeHtml: false }).trim();
    else node.data = { ...node.data, caption: heading };
  });
}

const processors = new Map<string, ReturnType<typeof makeProcessor>>();

function makeProcessor(language: Language) {
  return remark().use(remarkGfm).use(remarkHtml, { sanitize: sanitizeSchema, handlers: sectionLinkHandlers(language) });
}

/** One processor per language: the section links' names are in the language of the page. */
function processorFor(language: Language) {
  let processor = processors.get(language.code);
  // Stryker disable next-line ConditionalExpression: a processor made anew renders the same; keeping one only saves the time.
  if (!processor) {
    processor = makeProcessor(language);
    processors.set(language.code, processor);
  }
  return processor;
}

function addHeadingIds(tree: Root, language: Language): SectionHeading[] {
  const slugger = new GithubSlugger();
  // Taking the template's ids first (the language's own, and the English ones every page still answers to) makes a heading with the same text get a -1 suffix.
  for (const id of new Set([...RESERVED_IDS, ...pageIdsOf(language)])) slugger.slug(id);
  const headings: SectionHeading[] = [];
  visit(tree, 'heading', (node: Heading) => {
    const text = toString(node, { includeHtml: false }).trim();
    // A heading of only punctuation ("## ?") would get an empty id.
    const id = slugger.slug(toSlug(text) === '' ? 'section' : plainLetters(text));
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    headings.push({ depth: node.depth, text, id });
  });
  return headings;
}

function collectLinks(tree: Root): LinkInMarkdown[] {
  const links: LinkInMarkdown[] = [];
  visit(tree, (node) => {
    // Stryker disable next-line OptionalChaining: every node remark parses from text has a position.
    if (node.type === 'link' || node.type === 'definition') links.push({ url: node.url, line: node.position?.start.line });
  });
  return links;
}

function plainText(node: RootContent): string {
  return toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim();
}

function listItemsOf(node: RootContent): string[] {
  if (node.type !== 'list') return [];
  return (node as List).children.map(plainText);
}

/** A block as words in a line: "A; B; C." for a list, the text itself for anything else. */
function blockText(node: RootContent): string {
  if (node.type !== 'list') return plainText(node);
  // A Markdown list always has at least one item.
  const items = listItemsOf(node).map((item) => item.replace(/[.;]$/, ''));
  return `${items.join('; ')}.`;
}

/** Sections are flat in Markdown: a section's own content runs from its heading to the next heading of any level. */
function collectSections(tree: Root): Map<string, SectionContent> {
  const blocks = new Map<string, RootContent[]>();
  let current: RootContent[] | undefined;
  for (const node of tree.children) {
    if (node.type === 'heading') {
      // Stryker disable next-line OptionalChaining: every heading has its id by now (addHeadingIds); the chaining is for the type.
      const id = node.data?.hProperties?.id;
      // Stryker disable next-line ArrayDeclaration: a section's words are read from its Markdown nodes, and a stray string among them has none.
      current = [];
      // Stryker disable next-line ConditionalExpression: every heading has its id by now (addHeadingIds); the check is for the type.
      if (typeof id === 'string') blocks.set(id, current);
    } else {
      current?.push(node);
    }
  }
  return new Map(
    [...blocks].map(([id, own]) => [
      id,
      { listItems: own.flatMap(listItemsOf), text: own.map(blockText).filter((words) => words !== '').join(' ') },
    ]),
  );
}

/**
 * The words of every paragraph, heading and table cell, each in one line, as a reader sees
 * them (no Markdown marks): what a check can search for a sentence a page must still say.
 */
export function textBlocks(tree: Root): string[] {
  const blocks: string[] = [];
  visit(tree, ['paragraph', 'heading', 'tableCell'], (node) => {
    // Stryker disable next-line MethodExpression: the blocks are searched with `includes`, which finds words with or without spaces at the ends.
    blocks.push(toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim());
  });
  return blocks;
}

/** The ids each section had before its heading's words changed, by its id now (front matter "formerSectionIds"). */
export type FormerSectionIds = Readonly<Record<string, readonly string[]>>;

type ParentNode = DefaultTreeAdapterTypes.ParentNode;
type Element5 = DefaultTreeAdapterTypes.Element;

// Stryker disable next-line Regex: the sanitized HTML has no other tag that starts or ends like a heading's.
const HEADING_TAG = /^h[1-6]$/;

function formerIdSpan(id: string): Element5 {
  return defaultTreeAdapter.createElement('span', htmlSpec.NS.HTML, [
    { name: 'id', value: id },
    { name: 'aria-hidden', value: 'true' },
  ]);
}

function attribute(element: Element5, name: string): string | undefined {
  return defaultTreeAdapter.getAttrList(element).find((each) => each.name === name)?.value;
}

/**
 * Each old id of a section as an empty element just before its heading (and the heading's
 * section link), as components/former-id.tsx does for the template's parts: links staff already
 * sent land on the section, and screen readers skip it. Added after sanitizing, from the
 * checked front matter only, so no HTML an editor writes reaches the page.
 */
function addFormerIds(fragment: ParentNode, formerIds: FormerSectionIds): void {
  const pending: ParentNode[] = [fragment];
  while (pending.length > 0) {
    const parent = pending.pop() as ParentNode;
    for (const child of [...parent.childNodes]) {
      if (!defaultTreeAdapter.isElementNode(child)) continue;
      const id = HEADING_TAG.test(child.tagName) ? attribute(child, 'id') : undefined;
      const former = id !== undefined && Object.hasOwn(formerIds, id) ? formerIds[id] : undefined;
      if (former === undefined) {
        pending.push(child);
        continue;
      }
      // An h2 or h3 sits in a wrapper with its section link (sectionLinkHandlers): the old id goes before both.
      const wrapper = defaultTreeAdapter.isElementNode(parent) && attribute(parent, 'class') === SECTION_HEADING_CLASS ? parent : undefined;
      const before = wrapper ?? child;
      const container = defaultTreeAdapter.getParentNode(before) as ParentNode;
      for (const oldId of former) defaultTreeAdapter.insertBefore(container, formerIdSpan(oldId), before);
    }
  }
}

/**
 * remark-html writes `<` and `>` inside attribute values as they are (alt="a <b> c"), which is
 * valid HTML but easy for a later step to misread as a tag. Written again by the HTML standard's
 * own serializer, every `<`, `>`, `&` and `"` in an attribute value is a character reference, so
 * nothing that reads the article's HTML afterwards can mistake text for markup.
 */
function unambiguous(html: string, formerIds: FormerSectionIds): string {
  const fragment = parseFragment(html);
  addFormerIds(fragment, formerIds);
  return serialize(fragment);
}

/** The Markdown syntax tree, with line numbers, for checks that read the text itself. */
export function parseMarkdown(markdown: string): Root {
  return processorFor(DEFAULT_LANGUAGE).parse(markdown);
}

/** Markdown → sanitized HTML, plus the headings, links and lists that checks and structured data need. */
export async function renderMarkdown(
  markdown: string,
  language: Language = DEFAULT_LANGUAGE,
  formerIds: FormerSectionIds = {},
): Promise<RenderedMarkdown> {
  const processor = processorFor(language);
  const tree = parseMarkdown(markdown);
  const headings = addHeadingIds(tree, language);
  tableCaptions(tree);
  const links = collectLinks(tree);
  const sections = collectSections(tree);
  const transformed = (await processor.run(tree)) as Root;
  const html = unambiguous(processor.stringify(transformed), formerIds);
  return { html, headings, links, sections };
}
