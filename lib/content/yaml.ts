import { LineCounter, YAMLParseError, isNode, parse, parseDocument } from 'yaml';

/** A YAML mistake, with the line it is on (counted in the text that was parsed). */
export class YamlSyntaxError extends Error {
  readonly line: number | undefined;

  constructor(message: string, line: number | undefined) {
    super(message);
    this.name = 'YamlSyntaxError';
    this.line = line;
  }
}

function explain(error: YAMLParseError): string {
  if (error.code === 'DUPLICATE_KEY') return 'a field is written twice. Keep one of the two lines.';
  // The parser's first sentence, without its multi-line excerpt: the line number says where.
  const reason = error.message.split(/ at line \d+|\n/)[0]?.trim() ?? error.message;
  return `the YAML cannot be read (${reason}). Check the colons, quotes and brackets on this line or the one before.`;
}

/**
 * YAML 1.2 core schema: dates stay the strings the editor typed ("2024-07-22"), so the
 * schema sees exactly what is in the file, and a repeated key is an error, not a
 * silent overwrite.
 */
const OPTIONS = { schema: 'core', uniqueKeys: true } as const;

export function parseYaml(source: string): unknown {
  try {
    return parse(source, OPTIONS);
  } catch (error) {
    if (error instanceof YAMLParseError) throw new YamlSyntaxError(explain(error), error.linePos?.[0].line);
    throw error;
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

/** Like parseYaml, and remembers where each value is, so a message about a list entry can name its line. */
export function parseYamlWithLines(source: string): YamlWithLines {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { ...OPTIONS, lineCounter });
  const [error] = document.errors;
  if (error) throw new YamlSyntaxError(explain(error), error.linePos?.[0].line);
  return {
    data: document.toJS(),
    lineOf(path) {
      for (let length = path.length; length >= 0; length -= 1) {
        const node: unknown = document.getIn(path.slice(0, length), true);
        if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
      }
      return undefined;
    },
  };
}
