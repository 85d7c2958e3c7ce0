import { YAMLParseError, parse } from 'yaml';

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
export function parseYaml(source: string): unknown {
  try {
    return parse(source, { schema: 'core', uniqueKeys: true });
  } catch (error) {
    if (error instanceof YAMLParseError) throw new YamlSyntaxError(explain(error), error.linePos?.[0].line);
    throw error;
  }
}
