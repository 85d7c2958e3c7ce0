import path from 'node:path';
import type { ArticleFile } from '@/lib/content/articles';
import { SLUG } from '@/lib/content/article-schema';
import { bodyBlocks, isStatement, type Block, type BlockKind } from '@/lib/content/blocks';
import { displayPath } from '@/lib/content/content-paths';
import { errorAt, type Problem } from '@/lib/content/problem';
import { clipped } from '@/lib/content/text-rules';
import {
  REASONS_IN_WORDS,
  asYamlValue,
  comparableText,
  hasPassage,
  traceEntryFor,
  traceFilePath,
  type TraceEntry,
  type TraceFile,
  type TraceFolder,
} from '@/lib/content/traces';
import type { ClinicArticle } from './clinic-article';

const GUIDE = 'see docs/editors.md, "Where each statement comes from"';

const KIND_NAMES: Readonly<Partial<Record<BlockKind, string>>> = { paragraph: 'paragraph', 'list-item': 'list item', 'table-row': 'table row' };

function kindName(block: Block): string {
  // Stryker disable next-line StringLiteral: only statements are traced, and each has a name above.
  return KIND_NAMES[block.kind] ?? 'block';
}

/** An English article whose file was read whole, and the statements in it a trace is asked for. */
interface TracedPage {
  readonly file: string;
  readonly slug: string;
  readonly statements: readonly Block[];
}

/** The statements of an article read whole; a file with problems of its own is reported by its loader, and traced once it is fixed. */
function tracedPage(read: ArticleFile): TracedPage | undefined {
  const { split, tree, frontMatter, slug, file } = read;
  if (!split || !tree || !frontMatter || !SLUG.test(slug)) return undefined;
  const toFileLine = (line: number | undefined) => (line === undefined ? undefined : line + split.bodyStartLine - 1);
  return { file, slug, statements: bodyBlocks(tree, toFileLine).filter(isStatement) };
}

/** A block with no entry, and the entry it was probably changed from, when one can be told. */
interface Uncovered {
  readonly block: Block;
  readonly changedFrom?: TraceEntry;
}

/** An entry whose block is no longer on the page, and the block it probably became. */
interface Stale {
  readonly entry: TraceEntry;
  readonly changedTo?: Block;
}

/**
 * Pairs entries that match no block with blocks that have no entry, by position: between the same
 * two entries that still match, as many of one as of the other are most likely the same blocks
 * with their words changed. Anything less clear is left unpaired rather than guessed.
 */
function pairChanged(trace: TraceFile, statements: readonly Block[]): { uncovered: Uncovered[]; stale: Stale[] } {
  const position = (entry: TraceEntry) => statements.findIndex((block) => comparableText(block.text) === comparableText(entry.block));
  const gaps = new Map<string, { entries: TraceEntry[]; after: number; before: number }>();
  let after = -1;
  trace.entries.forEach((entry, index) => {
    const at = position(entry);
    if (at !== -1) {
      after = at;
      return;
    }
    const next = trace.entries.slice(index + 1).map(position).find((each) => each !== -1) ?? statements.length;
    const key = `${after}:${next}`;
    const gap = gaps.get(key) ?? { entries: [], after, before: next };
    gap.entries.push(entry);
    gaps.set(key, gap);
  });
  const changedFrom = new Map<Block, TraceEntry>();
  const changedTo = new Map<TraceEntry, Block>();
  const uncoveredBlocks = statements.filter((block) => traceEntryFor(trace, block) === undefined);
  for (const gap of gaps.values()) {
    const between = uncoveredBlocks.filter((block) => {
      const at = statements.indexOf(block);
      return at > gap.after && at < gap.before;
    });
    if (between.length !== gap.entries.length) continue;
    gap.entries.forEach((entry, index) => {
      const block = between[index];
      // Stryker disable next-line ConditionalExpression: the lists have the same length.
      if (!block) return;
      changedFrom.set(block, entry);
      changedTo.set(entry, block);
    });
  }
  const stale = [...gaps.values()].flatMap((gap) => gap.entries);
  return {
    uncovered: uncoveredBlocks.map((block) => ({ block, ...(changedFrom.has(block) && { changedFrom: changedFrom.get(block) }) })),
    stale: stale.map((entry) => ({ entry, ...(changedTo.has(entry) && { changedTo: changedTo.get(entry) }) })),
  };
}

function uncoveredProblem(page: TracedPage, trace: string, { block, changedFrom }: Uncovered): Problem {
  const was = changedFrom ? ` It was probably changed from the words of ${changedFrom.label} there (line ${changedFrom.line ?? '?'}).` : '';
  return errorAt(
    page.file,
    block.line,
    `this ${kindName(block)} has no source: add it to ${trace} with the passage of the clinic's article it says, or mark it "notMedical" (${REASONS_IN_WORDS}) if it is not a medical statement (${GUIDE}).${was} Its words, to write after "block:", are: ${asYamlValue(block.text)}`,
  );
}

function staleProblem(page: TracedPage, trace: string, { entry, changedTo }: Stale): Problem {
  const message = changedTo
    ? `${entry.label} is for "${clipped(entry.block)}", which ${page.file} no longer has: the ${kindName(changedTo)} at line ${changedTo.line ?? '?'} was probably changed from it. If ${entry.notMedical ? 'the new words are still not a medical statement' : 'the passages below still say everything the new words say'}, replace "block" with the new words: ${asYamlValue(changedTo.text)} If not, quote the passages of the clinic's article that do, and never keep a statement the article does not make.`
    : `${entry.label} is for "${clipped(entry.block)}", which ${page.file} no longer has. If the words were removed from the page, delete this entry; if they were changed, write the new words in "block" (the check names the changed block at its line) and make sure the passages still say them.`;
  return errorAt(trace, entry.line, message);
}

function passageProblems(trace: TraceFile, article: ClinicArticle & { readonly text: string }): Problem[] {
  const words = comparableText(article.text);
  return trace.entries.flatMap((entry) =>
    entry.source
      .filter((passage) => !hasPassage(words, passage.text))
      .map((passage) =>
        errorAt(
          trace.file,
          passage.line,
          `${entry.label}: the passage "${clipped(passage.text)}" is not in the clinic's article (${article.file}) word for word. Copy it from the article exactly as it is written there, a whole sentence or a part of one, from its first word to its last; only curly and straight quotes and apostrophes, and dashes and hyphens, may differ.`,
        ),
      ),
  );
}

function missingTraceProblem(contentDir: string, page: TracedPage): Problem {
  const trace = displayPath(traceFilePath(contentDir, page.slug));
  return errorAt(
    trace,
    undefined,
    `${page.file} has no trace file, so nothing says where its statements come from. Start one: create ${trace} with the one line "blocks:", then run the check again; it names each paragraph, list item and table row still without a source, with the words to copy (${GUIDE}).`,
  );
}

function orphanProblem(contentDir: string, trace: TraceFile): Problem {
  const article = displayPath(path.join(contentDir, `${trace.slug}.md`));
  return errorAt(
    trace.file,
    undefined,
    `there is no English article ${article} for this trace file. If the article was renamed, give this file its new name (sources/<name>.yaml for <name>.md); if it was removed, delete this file.`,
  );
}

export interface TraceCheckInput {
  readonly contentDir: string;
  /** The English article files as their loader read them. */
  readonly pages: readonly ArticleFile[];
  readonly traces: TraceFolder;
  /** The clinic's article; its own problems (a missing copy) are reported by the source check. */
  readonly article: ClinicArticle;
}

/**
 * Every statement of every English article traced to the clinic's article: each paragraph, list
 * item and table row has an entry in its trace file, quoting passages the article has word for
 * word or saying why it is not a medical statement. A new or changed block has none until an
 * editor gives it one, and the entry of a changed block is named as out of date.
 */
export function traceProblems({ contentDir, pages, traces, article }: TraceCheckInput): Problem[] {
  const traced = pages.flatMap((read) => tracedPage(read) ?? []);
  const bySlug = new Map(traces.traces.map((trace) => [trace.slug, trace]));
  const perPage = traced.flatMap((page) => {
    const trace = bySlug.get(page.slug);
    if (!trace) return [missingTraceProblem(contentDir, page)];
    const { uncovered, stale } = pairChanged(trace, page.statements);
    return [...uncovered.map((each) => uncoveredProblem(page, trace.file, each)), ...stale.map((each) => staleProblem(page, trace.file, each))];
  });
  const slugs = new Set(pages.map((read) => read.slug));
  const orphans = traces.traces.filter((trace) => !slugs.has(trace.slug)).map((trace) => orphanProblem(contentDir, trace));
  const passages = 'text' in article ? traces.traces.flatMap((trace) => passageProblems(trace, article)) : [];
  return [...perPage, ...orphans, ...passages];
}
