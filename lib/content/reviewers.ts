import path from 'node:path';
import { z } from 'zod';
import { LANGUAGES } from '@/lib/i18n/languages';
import { REVIEWERS_FILE, displayPath } from './content-paths';
import { readContentFile } from './content-files';
import { ContentError } from './content-error';
import { SLUG } from './article-schema';
import { errorAt } from './problem';
import { parseDataFile, type YamlWithLines } from './yaml';
import { describeIssues, listMessage, requiredText, shown, unknownFields } from './zod-messages';
import { oncePerContentFolder } from './once-per-folder';

const FIELDS = 'id, name, credentials, role, languages and example';
const LANGUAGE_CODES = LANGUAGES.map((language) => language.code);

/** What a reviewer checks: a page against the clinic's article, or a translation against its English page. */
export const REVIEWER_ROLES = ['clinical', 'translation'] as const;
export type ReviewerRole = (typeof REVIEWER_ROLES)[number];

const reviewerSchema = z.strictObject(
  {
    id: z
      .string({ error: (issue) => (issue.input === undefined ? 'is missing. Add a line like: id: ana-rivera' : `must be text like ana-rivera (got ${shown(issue.input)}).`) })
      .regex(SLUG, { error: (issue) => `must be lowercase letters, numbers and single hyphens, like ana-rivera (got ${shown(issue.input)}).` }),
    name: requiredText('name', 'Ana Rivera'),
    credentials: requiredText('credentials', 'PT, DPT'),
    role: z.enum(REVIEWER_ROLES, {
      error: (issue) =>
        issue.input === undefined
          ? 'is missing. Add "role: clinical" for a reviewer who checks pages against the clinic\'s article, or "role: translation" for a translator.'
          : `must be clinical or translation (got ${shown(issue.input)}).`,
    }),
    languages: z
      .array(
        z.string().refine((code) => LANGUAGE_CODES.includes(code), {
          error: (issue) => `has ${shown(issue.input)}, which is not a language of the site. Use ${LANGUAGE_CODES.join(' or ')}.`,
        }),
        {
          error: (issue) =>
            issue.input === undefined
              ? `is missing. Add a line like: languages: [${LANGUAGE_CODES.join(', ')}] (the languages the reviewer reads).`
              : `must be a list of the languages the reviewer reads, like [${LANGUAGE_CODES.join(', ')}] (got ${shown(issue.input)}).`,
        },
      )
      .min(1, { error: `lists no language. Add the languages the reviewer reads, like [${LANGUAGE_CODES.join(', ')}].` }),
    example: z.boolean({ error: (issue) => `must be true or false (got ${shown(issue.input)}).` }).default(false),
  },
  {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownFields(issue.keys, FIELDS) : `must be a reviewer with the fields ${FIELDS}.`),
  },
);

const reviewersFileSchema = z.strictObject(
  {
    reviewers: z.array(reviewerSchema, { error: listMessage('"reviewers:" list with one entry for each person who reviews pages') }),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? unknownFields(issue.keys, 'reviewers') : 'must have a "reviewers" list.') },
);

export type Reviewer = z.infer<typeof reviewerSchema>;

/** content/reviewers.yaml as its loader read it: the reviewers, and where each one is. */
export interface ReviewersFile {
  readonly file: string;
  /** False when the folder has no such file: then there are no reviewers. */
  readonly exists: boolean;
  readonly reviewers: readonly Reviewer[];
  /** The line of a reviewer's entry, by id. */
  readonly lineOf: (id: string) => number | undefined;
}

function repeatedIds(file: string, reviewers: readonly Reviewer[], lineOf: YamlWithLines['lineOf']) {
  const seen = new Set<string>();
  return reviewers.flatMap((reviewer, index) => {
    if (!seen.has(reviewer.id)) {
      seen.add(reviewer.id);
      return [];
    }
    return [errorAt(file, lineOf(['reviewers', index, 'id']), `the id "${reviewer.id}" is used by an earlier reviewer too. Give each reviewer their own id.`)];
  });
}

/** Parses content/reviewers.yaml; throws a ContentError naming the file, the line and the fix. */
export function parseReviewers(source: string, file: string): ReviewersFile {
  const yaml = parseDataFile(source, file);
  const parsed = reviewersFileSchema.safeParse(yaml.data);
  const entryLabel = (field: string, index: number) => (field === 'reviewers' ? `reviewer ${index + 1}` : undefined);
  if (!parsed.success) throw new ContentError(describeIssues(file, parsed.error, { lineOf: yaml.lineOf, entryLabel }));
  const { reviewers } = parsed.data;
  const repeated = repeatedIds(file, reviewers, yaml.lineOf);
  if (repeated.length > 0) throw new ContentError(repeated);
  const lines = new Map(reviewers.map((reviewer, index) => [reviewer.id, yaml.lineOf(['reviewers', index])]));
  return { file, exists: true, reviewers, lineOf: (id) => lines.get(id) };
}

async function readReviewersFile(contentDir: string): Promise<ReviewersFile> {
  const filePath = path.join(contentDir, REVIEWERS_FILE);
  const file = displayPath(filePath);
  const read = await readContentFile(filePath);
  // No file, no reviewers: every page then says that no named reviewer has checked it.
  if ('missing' in read) return { file, exists: false, reviewers: [], lineOf: () => undefined };
  if ('problem' in read) throw new ContentError([read.problem]);
  return parseReviewers(read.source, file);
}

/** content/reviewers.yaml, read and checked once per build. */
export const loadReviewersFile = oncePerContentFolder(readReviewersFile);
