import type { Root } from 'mdast';
import type { Node, Parent } from 'unist';

/*
 * How deep lists, quotes and emphasis may be nested in an article. The site's own pages use
 * lists one level deep and no quotes or emphasis; a patient page might need a list inside a list,
 * a quote, or bold inside italic. The limits leave room above that, and stop well before
 * nesting that readers cannot follow on a phone, or that the Markdown tools, which recurse once
 * per level, cannot read at all (a thousand levels overflow the stack).
 */

/** Lists: a list inside a list inside a list inside a list. */
export const LIST_DEPTH_LIMIT = 4;
/** Quotes: a quote inside a quote inside a quote. */
export const QUOTE_DEPTH_LIMIT = 3;
/** Emphasis: at most italic, bold and struck-through text inside each other. */
export const EMPHASIS_DEPTH_LIMIT = 3;

/**
 * What the scan of the raw text lets through to the parser: far above the limits, far below
 * what overflows the stack. The scan only bounds the nesting from above (it counts more than
 * the parser sees), so it never lets deep nesting through; the tree check then applies the
 * limits exactly.
 */
const SCAN_DEPTH_LIMIT = 40;

/** A nesting problem at a line of the Markdown it was found in. */
export interface NestingProblem {
  readonly line: number;
  readonly message: string;
}

/** A list marker ("-", "*", "+", "1." or "1)") or a quote mark, with the blanks before it. */
const CONTAINER_MARK = /^[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;

/** The columns of leading blanks, a tab as 4: a nested block starts at least 2 columns further in than its parent. */
function indentColumns(line: string): number {
  let columns = 0;
  for (const character of line) {
    if (character === ' ') columns += 1;
    else if (character === '\t') columns += 4;
    else break;
  }
  return columns;
}

/** At most how many lists and quotes a line is inside: every mark it starts with, and its indentation. */
function containerBound(line: string): number {
  let rest = line;
  let marks = 0;
  let match = CONTAINER_MARK.exec(rest);
  while (match) {
    marks += 1;
    rest = rest.slice(match[0].length);
    match = CONTAINER_MARK.exec(rest);
  }
  return marks + Math.floor(indentColumns(line) / 2);
}

const EMPHASIS_MARKS = /[*_~]/g;

/**
 * Nesting too deep for the parser, found by one pass over the text with no recursion: lines
 * inside more lists and quotes than the scan allows, and paragraphs with enough *, _ and ~ marks
 * to nest emphasis that deep (each level takes a mark on either side).
 */
export function scanNesting(markdown: string): NestingProblem[] {
  const problems: NestingProblem[] = [];
  let paragraphMarks = 0;
  let paragraphStart = 1;
  markdown.split('\n').forEach((line, index) => {
    const lineNumber = index + 1;
    if (containerBound(line) > SCAN_DEPTH_LIMIT) {
      problems.push({
        line: lineNumber,
        message: `the lists and quotes here are nested more than ${SCAN_DEPTH_LIMIT} levels deep. Lists may be nested ${LIST_DEPTH_LIMIT} levels deep and quotes ${QUOTE_DEPTH_LIMIT}: remove the extra "-", "*", "+", "1." and ">" marks and the indentation at the start of the line.`,
      });
    }
    if (line.trim() === '') {
      paragraphMarks = 0;
      paragraphStart = lineNumber + 1;
      return;
    }
    const before = paragraphMarks;
    paragraphMarks += line.match(EMPHASIS_MARKS)?.length ?? 0;
    if (before <= 2 * SCAN_DEPTH_LIMIT && paragraphMarks > 2 * SCAN_DEPTH_LIMIT) {
      problems.push({
        line: paragraphStart,
        message: `this paragraph has more than ${2 * SCAN_DEPTH_LIMIT} *, _ and ~ marks, enough to nest emphasis more than ${SCAN_DEPTH_LIMIT} levels deep. Emphasis may be nested ${EMPHASIS_DEPTH_LIMIT} levels deep: remove the extra marks.`,
      });
    }
  });
  return problems;
}

type Kind = 'list' | 'quote' | 'emphasis';

const KIND_OF: Readonly<Record<string, Kind>> = { list: 'list', blockquote: 'quote', emphasis: 'emphasis', strong: 'emphasis', delete: 'emphasis' };

const LIMIT: Readonly<Record<Kind, number>> = { list: LIST_DEPTH_LIMIT, quote: QUOTE_DEPTH_LIMIT, emphasis: EMPHASIS_DEPTH_LIMIT };

function tooDeep(kind: Kind, depth: number): string {
  switch (kind) {
    case 'list':
      return `this list is nested ${depth} levels deep, inside other lists. Keep lists to ${LIST_DEPTH_LIMIT} levels or fewer: deeper lists are hard to follow, above all on a phone. Move its items up a level, or split the list.`;
    case 'quote':
      return `this quote is nested ${depth} levels deep, inside other quotes. Keep quotes to ${QUOTE_DEPTH_LIMIT} levels or fewer: remove the extra ">" marks at the start of its lines.`;
    case 'emphasis':
      return `this emphasis is nested ${depth} levels deep (italic, bold and struck-through text inside each other). Keep it to ${EMPHASIS_DEPTH_LIMIT} levels or fewer: remove the extra *, _ or ~ marks.`;
  }
}

interface Visit {
  readonly node: Node;
  readonly depths: Readonly<Record<Kind, number>>;
}

/** Lists, quotes and emphasis nested past their limits, each reported once, where it goes past; walked with a stack, not recursion. */
export function findNestingProblems(tree: Root): NestingProblem[] {
  const problems: NestingProblem[] = [];
  const stack: Visit[] = [{ node: tree, depths: { list: 0, quote: 0, emphasis: 0 } }];
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    const { node } = visit;
    const kind = KIND_OF[node.type];
    let { depths } = visit;
    // Stryker disable next-line ConditionalExpression: a node of no kind would count in a depth of its own, which has no limit.
    if (kind) {
      depths = { ...depths, [kind]: depths[kind] + 1 };
      // Only the first level past the limit: what is inside it is the same problem.
      if (depths[kind] === LIMIT[kind] + 1) {
        // Stryker disable next-line OptionalChaining: every node remark parses from text has a position.
        problems.push({ line: node.position?.start.line ?? 1, message: tooDeep(kind, depths[kind]) });
      }
    }
    const children = (node as Partial<Parent>).children ?? [];
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push({ node: children[index] as Node, depths });
  }
  // Stryker disable next-line MethodExpression,ArrowFunction,ArithmeticOperator: the walk already meets nodes in the order of the page; sorting keeps that true whatever the walk.
  return problems.sort((a, b) => a.line - b.line);
}
