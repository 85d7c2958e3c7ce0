import { createHash } from 'node:crypto';
import type { ListItem, Root, RootContent, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * What a reviewer ticks off one by one. A paragraph, a list item or a table row says something a
 * patient may act on; headings, the title and the description frame it. All of them make up the
 * text a review covers; only statements are traced to the clinic's article.
 */
export type BlockKind = 'title' | 'description' | 'heading' | 'paragraph' | 'list-item' | 'table-row';

export interface Block {
  readonly kind: BlockKind;
  /** The words as a reader meets them: links by their text, emphasis dropped, spaces collapsed. */
  readonly text: string;
  /** The block's first line in the file, as an editor counts lines. */
  readonly line: number | undefined;
  /** Names this exact text: see `fingerprintOf`. */
  readonly fingerprint: string;
}

/** The kinds a trace to the clinic's article is asked for. */
export const STATEMENT_KINDS: ReadonlySet<BlockKind> = new Set(['paragraph', 'list-item', 'table-row']);

export function isStatement(block: Block): boolean {
  return STATEMENT_KINDS.has(block.kind);
}

/**
 * The same words give the same text whatever the Markdown around them: Unicode NFC, and any run
 * of spaces, tabs or line breaks as one space. A changed word, number or punctuation mark changes it.
 */
export function normalizedText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * The fingerprint rule: the first 16 hexadecimal digits of the SHA-256 of the normalized text,
 * prefixed with the block's kind, so a heading and a paragraph with the same words differ.
 * 64 bits: a chance collision among a site's few thousand blocks is far below one in a billion.
 */
export function fingerprintOf(kind: BlockKind, text: string): string {
  return createHash('sha256').update(`${kind}\n${normalizedText(text)}`).digest('hex').slice(0, 16);
}

function block(kind: BlockKind, text: string, line: number | undefined): Block {
  const normalized = normalizedText(text);
  return { kind, text: normalized, line, fingerprint: fingerprintOf(kind, normalized) };
}

/** A list item's own words: its paragraphs, not the items of a list nested in it (they are blocks of their own). */
function ownText(item: ListItem): string {
  return item.children
    .filter((child) => child.type !== 'list')
    .map((child) => toString(child, { includeHtml: false }))
    .join(' ');
}

function rowText(row: TableRow): string {
  return row.children.map((cell) => toString(cell, { includeHtml: false })).join(' | ');
}

/**
 * The blocks of a Markdown body, in reading order. `toFileLine` turns a body line into the line
 * of the file. An image counts by its description, which a screen reader reads out; a block with
 * no words (an empty list item) is left out: it states nothing.
 */
export function bodyBlocks(tree: Root, toFileLine: (line: number | undefined) => number | undefined): Block[] {
  const blocks: Block[] = [];
  const add = (kind: BlockKind, text: string, node: { position?: { start: { line: number } } }) => {
    // Stryker disable next-line OptionalChaining: every node remark parses from text has a position.
    if (normalizedText(text) !== '') blocks.push(block(kind, text, toFileLine(node.position?.start.line)));
  };
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'heading') add('heading', toString(node, { includeHtml: false }), node);
      else if (node.type === 'paragraph') add('paragraph', toString(node, { includeHtml: false }), node);
      else if (node.type === 'list') {
        for (const item of node.children) {
          add('list-item', ownText(item), item);
          walk(item.children.filter((child) => child.type === 'list'));
        }
      } else if (node.type === 'table') {
        for (const row of node.children) add('table-row', rowText(row), row);
      } else if (node.type === 'blockquote' || node.type === 'footnoteDefinition') walk(node.children);
    }
  };
  walk(tree.children);
  return blocks;
}

/** The blocks of a whole page: its title and description (with their front-matter lines), then its body. */
export function pageBlocks(
  page: { readonly title: string; readonly description: string },
  lines: { readonly title?: number; readonly description?: number },
  tree: Root,
  toFileLine: (line: number | undefined) => number | undefined,
): Block[] {
  return [block('title', page.title, lines.title), block('description', page.description, lines.description), ...bodyBlocks(tree, toFileLine)];
}

/** One fingerprint for a whole text: every block's, in order. Any change, addition, removal or move changes it. */
export function textFingerprint(blocks: readonly Block[]): string {
  return createHash('sha256')
    .update(blocks.map((each) => each.fingerprint).join('\n'))
    .digest('hex')
    .slice(0, 16);
}

export interface BlockChanges {
  /** Blocks of the text now whose words were not in the text as it was: new or changed. */
  readonly changed: readonly Block[];
  /** How many blocks of the earlier text are gone from it. */
  readonly removed: number;
}

/** Which blocks differ between an earlier text, known by its blocks' fingerprints, and the text now. */
export function changedBlocks(before: readonly string[], now: readonly Block[]): BlockChanges {
  const earlier = new Set(before);
  const current = new Set(now.map((each) => each.fingerprint));
  return {
    changed: now.filter((each) => !earlier.has(each.fingerprint)),
    removed: before.filter((fingerprint) => !current.has(fingerprint)).length,
  };
}
