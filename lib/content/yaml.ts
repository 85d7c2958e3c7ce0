import { LineCounter, Parser, YAMLError, isNode, parseDocument, type CST, type Document } from 'yaml';
import { ContentError } from './content-error';
import { errorAt } from './problem';

/** A YAML mistake, with the line it is on (counted in the text that was parsed). */
export class YamlSyntaxError extends Error {
  readonly line: number | undefined;

  constructor(message: string, line: number | undefined) {
    super(message);
    // Stryker disable next-line StringLiteral: always caught and turned into a ContentError; the name is never shown.
    this.name = 'YamlSyntaxError';
    this.line = line;
  }
}

/**
 * How deep lists and fields may nest. The content files need three levels (the file, its
 * "states" list, one entry); composing tens of thousands of levels runs Node out of memory.
 */
export const MAX_YAML_DEPTH = 8;

/**
 * How many aliases (*name, repeating the value marked &name) a file may use. Content files
 * need none; a few aliases that repeat each other can expand to gigabytes (a "YAML bomb").
 */
export const MAX_YAML_ALIASES = 10;

function explain(error: YAMLError): string {
  if (error.code === 'DUPLICATE_KEY') return 'a field is written twice. Keep one of the two lines.';
  if (error.code === 'TAG_RESOLVE_FAILED') {
    return 'a YAML tag (a word starting with ! or !!) is not something this site reads. Remove it and write the value plainly.';
  }
  // The parser's first sentence, without its multi-line excerpt: the line number says where.
  // Stryker disable next-line OptionalChaining,LogicalOperator,Regex: split always returns a first string, and only the text before the first match is kept, the same with \d or \d+.
  const reason = error.message.split(/ at line \d+|\n/)[0]?.trim() ?? error.message;
  return `the YAML cannot be read (${reason}). Check the colons, quotes and brackets on this line or the one before.`;
}

/**
 * YAML 1.2 core schema: dates stay the strings the editor typed ("2024-07-22"), so the
 * schema sees exactly what is in the file, and a repeated key is an error, not a
 * silent overwrite. Tags outside the core schema (!!timestamp, !!binary, !anything) are left
 * unresolved, which the checks below turn into an error rather than a value of another type.
 */
const OPTIONS = { schema: 'core', uniqueKeys: true, resolveKnownTags: false } as const;

interface Shape {
  depth: number;
  deepestAt: number;
  /** Where each alias is, in no particular order. */
  aliasesAt: number[];
}

/** How deep the collections of the syntax tree nest and how many aliases it has, walked without recursion. */
function measure(source: string, lineCounter: LineCounter): Shape {
  const shape: Shape = { depth: 0, deepestAt: 0, aliasesAt: [] };
  const pending: [CST.Token, number][] = [...new Parser(lineCounter.addNewLine).parse(source)].map((token) => [token, 0]);
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [token, depth] = next;
    if (token.type === 'document' && token.value) pending.push([token.value, depth]);
    if (token.type === 'alias') shape.aliasesAt.push(token.offset);
    if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      const inner = depth + 1;
      // The walk meets the end of the file first, so >= keeps the earliest of equally deep places: the one an editor fixes first.
      if (inner >= shape.depth) Object.assign(shape, { depth: inner, deepestAt: token.offset });
      for (const item of token.items) {
        if (item.key) pending.push([item.key, inner]);
        if (item.value) pending.push([item.value, inner]);
      }
    }
  }
  return shape;
}

/** Refuses, before composing, a file too deep or with too many aliases to read safely. */
function checkShape(source: string, lineCounter: LineCounter): void {
  const shape = measure(source, lineCounter);
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  if (shape.depth > MAX_YAML_DEPTH) {
    throw new YamlSyntaxError(
      `the YAML nests lists and fields ${shape.depth} levels deep; at most ${MAX_YAML_DEPTH} are read. Write the entries the way docs/editors.md shows them.`,
      lineAt(shape.deepestAt),
    );
  }
  if (shape.aliasesAt.length > MAX_YAML_ALIASES) {
    const firstTooMany = shape.aliasesAt.sort((a, b) => a - b)[MAX_YAML_ALIASES] ?? 0;
    throw new YamlSyntaxError(
      `the YAML uses ${shape.aliasesAt.length} aliases (*name, repeating the value marked &name); at most ${MAX_YAML_ALIASES} are read. Write the values out in full.`,
      lineAt(firstTooMany),
    );
  }
}

function firstProblem(document: Document): YAMLError | undefined {
  // A warning is an error here: an unknown tag would otherwise quietly become plain text.
  return document.errors[0] ?? document.warnings[0];
}

/** The data, or the limit yaml itself puts on how far aliases may expand. */
function toData(document: Document): unknown {
  try {
    return document.toJS();
  } catch (error) {
    // Stryker disable next-line ConditionalExpression: toJS of a document that parsed without errors throws only yaml's alias-expansion ReferenceError.
    if (!(error instanceof ReferenceError)) throw error;
    throw new YamlSyntaxError(
      'the YAML aliases (*name) repeat each other so often that the file would become far larger than it is. Write the values out in full.',
      undefined,
    );
  }
}

export interface YamlWithLines {
  readonly data: unknown;
  /**
   * The file line of the value at `path` (like ['locations', 2, 'phone']); for a field
   * that is missing, the line of the nearest part of the path that is there.
   */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Reads YAML written by an editor, and remembers where each value is, so a message about a
 * list entry can name its line. Every problem, limits included, is a YamlSyntaxError.
 */
export function parseYamlWithLines(source: string): YamlWithLines {
  // Filled in by the first pass over the text, and used for every line number after it.
  const lineCounter = new LineCounter();
  checkShape(source, lineCounter);
  const document = parseDocument(source, OPTIONS);
  const problem = firstProblem(document);
  if (problem) throw new YamlSyntaxError(explain(problem), lineCounter.linePos(problem.pos[0]).line);
  return {
    data: toData(document),
    lineOf(path) {
      for (let length = path.length; length >= 0; length -= 1) {
        const node: unknown = document.getIn(path.slice(0, length), true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      }
      return undefined;
    },
  };
}

/** parseYamlWithLines for one of the content folder's data files: a problem becomes a ContentError naming the file and line. */
export function parseDataFile(source: string, file: string): YamlWithLines {
  try {
    return parseYamlWithLines(source);
  } catch (error) {
    // Stryker disable next-line ConditionalExpression: parseYamlWithLines throws nothing else.
    if (!(error instanceof YamlSyntaxError)) throw error;
    throw new ContentError([errorAt(file, error.line, error.message)]);
  }
}
