import matter from 'gray-matter';
import { parseYaml } from './yaml';

export interface SplitMarkdown {
  /** The front matter exactly as parsed; never mutated, because gray-matter may share it. */
  readonly data: unknown;
  readonly body: string;
}

function refuseJavaScript(): never {
  // gray-matter would eval() `---js` front matter; an article must never run code.
  throw new Error(
    'front matter written as JavaScript (---js) is not allowed. Start the file with a line of three dashes (---) and write the fields as YAML.',
  );
}

const engines = {
  // gray-matter's types want an object; the schema, not this cast, decides what is valid.
  yaml: (source: string) => (parseYaml(source) ?? {}) as object,
  javascript: refuseJavaScript,
  coffee: refuseJavaScript,
};

/** Splits a Markdown file into its YAML front matter and its body. Throws on bad YAML. */
export function splitFrontMatter(source: string): SplitMarkdown {
  const { data, content } = matter(source, { engines });
  return { data, body: content };
}
