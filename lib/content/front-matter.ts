import matter from 'gray-matter';
import { YamlSyntaxError, parseYamlWithLines, type YamlWithLines } from './yaml';

export interface SplitMarkdown {
  /** The front matter exactly as parsed; never mutated, because gray-matter may share it. */
  readonly data: unknown;
  readonly body: string;
  /** The file's line number of the body's first line, so body positions can be reported as file lines. */
  readonly bodyStartLine: number;
  /** The file line of a front matter value, like ['nextReview']. */
  readonly lineOf: YamlWithLines['lineOf'];
}

/** A front matter problem, with the file line it is on when known. */
export class FrontMatterError extends Error {
  readonly line: number | undefined;

  constructor(message: string, line?: number) {
    super(message);
    // Stryker disable next-line StringLiteral: always caught and turned into a message; the name is never shown.
    this.name = 'FrontMatterError';
    this.line = line;
  }
}

const YAML_ONLY = 'Start the file with a line of three dashes (---) and write the fields as YAML, like title: What is dry needling?';

function refuseJavaScript(): never {
  // gray-matter would eval() `---js` front matter; an article must never run code.
  throw new FrontMatterError(`front matter written as JavaScript is not allowed. ${YAML_ONLY}`, 1);
}

/** `---js` → "js": the language gray-matter would pick from the opening line. */
function declaredLanguage(source: string): string {
  // Four dashes or more is a Markdown rule, not front matter; gray-matter agrees.
  // Stryker disable next-line OptionalChaining: the group always takes part in a match.
  return /^(?:\uFEFF)?---(?!-)([^\n]*)/.exec(source)?.[1]?.trim().toLowerCase() ?? '';
}

/** Splits a Markdown file into its YAML front matter and its body. Throws FrontMatterError. */
export function splitFrontMatter(original: string): SplitMarkdown {
  // A file saved on Windows ends lines with \r\n; gray-matter would leave the \r on values.
  const source = original.replace(/\r\n?/g, '\n');
  const language = declaredLanguage(source);
  if (language === 'js' || language === 'javascript') refuseJavaScript();
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    throw new FrontMatterError(`front matter written as "${language}" is not supported. ${YAML_ONLY}`, 1);
  }
  let lineOf: YamlWithLines['lineOf'] = () => undefined;
  const engines = {
    // gray-matter's types want an object; the schema, not this cast, decides what is valid.
    // Front matter without fields (null) is read by gray-matter as no fields: {}.
    yaml: (yaml: string) => {
      const read = parseYamlWithLines(yaml);
      lineOf = read.lineOf;
      return read.data as object;
    },
    javascript: refuseJavaScript,
    coffee: refuseJavaScript,
  };
  let parsed;
  try {
    parsed = matter(source, { engines });
  } catch (error) {
    // gray-matter hands the YAML over starting on the opening --- line, so YAML lines are file lines.
    if (error instanceof YamlSyntaxError) throw new FrontMatterError(error.message, error.line);
    // Stryker disable next-line ConditionalExpression: the JavaScript engines that throw it are a second guard; declaredLanguage refuses ---js before gray-matter can pick one.
    if (error instanceof FrontMatterError) throw error;
    // Only the reason's first line: a message is one line.
    throw new FrontMatterError(`the front matter cannot be read (${(error as Error).message.split('\n')[0]?.trim()}). ${YAML_ONLY}`, 1);
  }
  const { data, content } = parsed;
  const head = source.slice(0, source.length - content.length);
  return { data, body: content, bodyStartLine: head.split('\n').length, lineOf };
}
