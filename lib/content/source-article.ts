import path from 'node:path';
import { z } from 'zod';
import { SOURCE_FILE, displayPath } from './content-paths';
import { ContentError } from './content-error';
import { readRequiredContentFile } from './content-files';
import { parseDataFile, type YamlWithLines } from './yaml';
import { describeIssues, isoDateText, requiredText, unknownFields } from './zod-messages';
import { oncePerContentFolder } from './once-per-folder';

const sourceSchema = z.strictObject(
  {
    title: requiredText('title', 'Dry needling in physical therapy'),
    published: isoDateText('published'),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? unknownFields(issue.keys, 'title and published')
        : 'must have "title" and "published", like title: Dry needling in physical therapy',
  },
);

/**
 * The clinic's article every medical fact on the site comes from. Its title and date are
 * written once, in content/source.yaml, and every topic and state page names them.
 */
export type SourceArticle = z.infer<typeof sourceSchema>;

/** content/source.yaml as its loader read it: the article, and where each field is for the check's messages. */
export interface SourceFile {
  readonly article: SourceArticle;
  readonly lineOf: YamlWithLines['lineOf'];
}

function parseSourceFile(source: string, file: string): SourceFile {
  const yaml = parseDataFile(source, file);
  const parsed = sourceSchema.safeParse(yaml.data);
  if (!parsed.success) throw new ContentError(describeIssues(file, parsed.error, { lineOf: yaml.lineOf }));
  return { article: parsed.data, lineOf: yaml.lineOf };
}

export function parseSourceArticle(source: string, file: string): SourceArticle {
  return parseSourceFile(source, file).article;
}

/** Read like every content file: no links, no special files, no giant files, no invisible characters. */
async function readSourceFile(contentDir: string): Promise<SourceFile> {
  const filePath = path.join(contentDir, SOURCE_FILE);
  const source = await readRequiredContentFile(
    filePath,
    `the file naming the clinic's article is missing. Create it with two lines, the article's title and its date, like "title: Dry needling in physical therapy" and "published: 2024-07-22".`,
  );
  return parseSourceFile(source, displayPath(filePath));
}

/** content/source.yaml, read and checked once per build. */
export const loadSourceFile = oncePerContentFolder(readSourceFile);

/** The clinic's article's title and date. */
export async function loadSourceArticle(contentDir?: string): Promise<SourceArticle> {
  return (await loadSourceFile(contentDir)).article;
}
