import path from 'node:path';
import { Document, visit } from 'yaml';
import { z } from 'zod';
import { REVIEWS_FILE, displayPath } from './content-paths';
import { readContentFile } from './content-files';
import { ContentError } from './content-error';
import { SLUG } from './article-schema';
import { parseDataFile, type YamlWithLines } from './yaml';
import { describeIssues, isoDateText, shown, unknownFields } from './zod-messages';
import { oncePerContentFolder } from './once-per-folder';

const HEX16 = /^[0-9a-f]{16}$/;
const REWRITE = 'This file is written by npm run sign-off and npm run translated; run them again rather than editing a fingerprint.';

// A schema's own error is also its checks' (zod 4): one message for a value that is not text and for text that is not a fingerprint.
const fingerprint = z.string({ error: (issue) => `must be a fingerprint of 16 characters 0-9 and a-f (got ${shown(issue.input)}). ${REWRITE}` }).regex(HEX16);

const strict = <Shape extends z.core.$ZodLooseShape>(shape: Shape, fields: string) =>
  z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownFields(issue.keys, fields) : `must have the fields ${fields}. ${REWRITE}`),
  });

/** A text as it was: its fingerprint, and each block's, in reading order (lib/content/blocks.ts). */
const fingerprintsSchema = strict({ text: fingerprint, blocks: z.array(fingerprint, { error: `must be a list of block fingerprints. ${REWRITE}` }) }, 'text and blocks');

const reviewerId = z.string({ error: (issue) => `must be the id of a reviewer in content/reviewers.yaml (got ${shown(issue.input)}).` });

/** A clinical reviewer checked this exact English text against the clinic's article. */
const clinicalReviewSchema = strict(
  { reviewer: reviewerId, date: isoDateText('date'), text: fingerprint, blocks: fingerprintsSchema.shape.blocks },
  'reviewer, date, text and blocks',
);

/** A translation reviewer checked this exact translation against this exact English text. */
const translationReviewSchema = strict(
  { reviewer: reviewerId, date: isoDateText('date'), english: fingerprintsSchema, translation: fingerprintsSchema },
  'reviewer, date, english and translation',
);

/** Which English text a translation was made from, and its review when a translator signed one. */
const translationRecordSchema = strict({ madeFrom: fingerprintsSchema.optional(), review: translationReviewSchema.optional() }, 'madeFrom and review');

/** An interface catalog as it was: each message's fingerprint by key, and the whole catalog's (lib/content/catalog-fingerprints). */
const catalogFingerprintsSchema = strict(
  { text: fingerprint, messages: z.record(z.string(), fingerprint, { error: `must list each message's fingerprint by its key. ${REWRITE}` }) },
  'text and messages',
);

/** Which English catalog a translated catalog was made from, and a translator's review of the two. */
const catalogRecordSchema = strict(
  {
    madeFrom: catalogFingerprintsSchema.optional(),
    review: strict({ reviewer: reviewerId, date: isoDateText('date'), english: catalogFingerprintsSchema, translation: catalogFingerprintsSchema }, 'reviewer, date, english and translation').optional(),
  },
  'madeFrom and review',
);

/** Records by page, under each English or translated page's file name without .md. */
const byPage = <Value extends z.ZodType>(value: Value, what: string) =>
  z.record(z.string().regex(SLUG), value, {
    // A key that is not a file name is reported by the record itself; the message follows the key.
    error: (issue) =>
      issue.code === 'invalid_key'
        ? `is not a page's file name without .md, like what-is-dry-needling. ${REWRITE}`
        : `must list ${what} by page, each under its file name without .md (got ${shown(issue.input)}). ${REWRITE}`,
  });

/** Records by language, under its code (es). */
const byLanguage = <Value extends z.ZodType>(value: Value, what: string) =>
  z.record(z.string(), value, { error: (issue) => `must list ${what} by language, each under its code like es (got ${shown(issue.input)}). ${REWRITE}` });

const reviewsFileSchema = strict(
  {
    clinical: byPage(clinicalReviewSchema, 'clinical reviews').default({}),
    translations: byLanguage(byPage(translationRecordSchema, 'translations'), 'translations').default({}),
    catalogs: byLanguage(catalogRecordSchema, 'catalogs').default({}),
  },
  'clinical, translations and catalogs',
);

export type Fingerprints = z.infer<typeof fingerprintsSchema>;
export type ClinicalReview = z.infer<typeof clinicalReviewSchema>;
export type TranslationReview = z.infer<typeof translationReviewSchema>;
export type TranslationRecord = z.infer<typeof translationRecordSchema>;
/** Clinical reviews by English page (file name without .md); translations by language code, then page. */
export type ReviewRecords = z.infer<typeof reviewsFileSchema>;
export type CatalogRecord = z.infer<typeof catalogRecordSchema>;

export interface ReviewsFile {
  readonly file: string;
  /** False when the folder has no such file: then no review is on record. */
  readonly exists: boolean;
  readonly records: ReviewRecords;
  readonly lineOf: YamlWithLines['lineOf'];
}

export function parseReviewRecords(source: string, file: string): ReviewsFile {
  const yaml = parseDataFile(source, file);
  const parsed = reviewsFileSchema.safeParse(yaml.data ?? {});
  if (!parsed.success) throw new ContentError(describeIssues(file, parsed.error, { lineOf: yaml.lineOf }));
  return { file, exists: true, records: parsed.data, lineOf: yaml.lineOf };
}

export const EMPTY_RECORDS: ReviewRecords = { clinical: {}, translations: {}, catalogs: {} };

/** Where the records of a content folder are. */
export function reviewsFilePath(contentDir: string): string {
  return path.join(contentDir, REVIEWS_FILE);
}

async function readReviewsFile(contentDir: string): Promise<ReviewsFile> {
  const filePath = reviewsFilePath(contentDir);
  const file = displayPath(filePath);
  const read = await readContentFile(filePath);
  // No file, no reviews: every page says that no named reviewer has checked it.
  if ('missing' in read) return { file, exists: false, records: EMPTY_RECORDS, lineOf: () => undefined };
  if ('problem' in read) throw new ContentError([read.problem]);
  return parseReviewRecords(read.source, file);
}

/** content/reviews.yaml, read and checked once per build. */
export const loadReviewsFile = oncePerContentFolder(readReviewsFile);

const HEADER = `# Reviews and translations on record, each bound to the exact text it covered.
# Written by "npm run sign-off" (a reviewer's signature on a printed review sheet) and
# "npm run translated" (a translation made from the English page as it is now); see
# docs/editors.md, "Reviews". Read it freely; do not edit the fingerprints by hand.
#
# clinical: one entry per English page (its file name without .md): who reviewed it, on
#   which day, and the fingerprint of the page's text and of each of its blocks then.
# translations: per language, one entry per translated page: "madeFrom", the fingerprints
#   of the English text it was translated from, and "review", a translator's sign-off
#   with the fingerprints of both texts.
# catalogs: per language, the interface catalog lib/i18n/messages/<code>.json the same way:
#   "madeFrom", the fingerprints of en.json's messages (by key) it was translated from, and
#   "review", a translator's sign-off with the fingerprints of both catalogs.
# A page whose text no longer matches its fingerprint no longer shows its review.
`;

function sortedKeys<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b, 'en')));
}

/** The file's text for these records: pages in file-name order, block lists on one line each. */
export function serializeReviewRecords(records: ReviewRecords): string {
  const ordered = {
    clinical: sortedKeys(records.clinical),
    translations: sortedKeys(Object.fromEntries(Object.entries(records.translations).map(([code, pages]) => [code, sortedKeys(pages)]))),
    ...(Object.keys(records.catalogs).length > 0 && { catalogs: sortedKeys(records.catalogs) }),
  };
  const document = new Document(ordered);
  // Every list in the file is a list of fingerprints: one line each keeps the reviewer and date easy to find.
  visit(document, {
    Seq(_, node) {
      node.flow = true;
    },
  });
  return `${HEADER}\n${document.toString({ lineWidth: 0 })}`;
}
