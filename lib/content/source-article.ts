import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { SOURCE_FILE, displayPath } from './content-paths';
import { ContentError, fileAt } from './content-error';
import { parseDataFile } from './yaml';
import { isoDateText, requiredText, unknownFields } from './zod-messages';
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

export function parseSourceArticle(source: string, file: string): SourceArticle {
  const yaml = parseDataFile(source, file);
  const parsed = sourceSchema.safeParse(yaml.data);
  if (parsed.success) return parsed.data;
  throw new ContentError(
    parsed.error.issues.map((issue) => {
      const [field] = issue.path;
      return `${fileAt(file, yaml.lineOf(issue.path))}: ${field === undefined ? '' : `"${String(field)}" `}${issue.message}`;
    }),
  );
}

function readSourceArticle(contentDir: string): Promise<SourceArticle> {
  const filePath = path.join(contentDir, SOURCE_FILE);
  const file = displayPath(filePath);
  return readFile(filePath, 'utf8').then(
    (source) => parseSourceArticle(source, file),
    () => {
      throw new ContentError([
        `${file}: the file naming the clinic's article is missing. Create it with two lines, the article's title and its date, like "title: Dry needling in physical therapy" and "published: 2024-07-22".`,
      ]);
    },
  );
}

/** The clinic's article's title and date, read and checked once per build. */
export const loadSourceArticle = oncePerContentFolder(readSourceArticle);
