import path from 'node:path';
import { z } from 'zod';
import { EDITORIAL_NOTES_FILE, displayPath } from './content-paths';
import { SLUG } from './article-schema';
import { ContentError } from './content-error';
import { readContentFile } from './content-files';
import { parseDataFile } from './yaml';
import { describeIssues, requiredText, shown, unknownFields } from './zod-messages';
import { oncePerContentFolder } from './once-per-folder';

const FIELDS = 'quote, page, siteSays, why and askTheClinic';

const noteSchema = z.strictObject(
  {
    quote: requiredText('quote', 'blood disorders vs. bleeding disorders'),
    // Checked before the name becomes a path: "../../outside/x" is never looked for.
    page: requiredText('page', 'who-should-not-have-dry-needling').regex(SLUG, {
      error: (issue) => `must be the file name of an English page without .md, like what-it-treats (got ${shown(issue.input)}).`,
    }),
    siteSays: requiredText('siteSays', 'People with blood disorders or bleeding disorders'),
    why: requiredText('why', 'The article\'s "vs." reads as a comparison, which makes no sense in this list.'),
    askTheClinic: requiredText('askTheClinic', 'Do you mean both blood disorders and bleeding disorders?'),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? unknownFields(issue.keys, FIELDS)
        : `must be a note with the fields ${FIELDS}.`,
  },
);

const notesFileSchema = z.strictObject(
  {
    notes: z.array(noteSchema, {
      error: (issue) =>
        issue.input === undefined
          ? 'is missing. Add a "notes:" list, one entry for each unclear phrase in the article.'
          : `must be a list, one entry (starting with "- ") for each unclear phrase in the article (got ${shown(issue.input)}).`,
    }),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? unknownFields(issue.keys, 'notes')
        : 'must have a "notes" list.',
  },
);

/**
 * One phrase of the clinic's article that can be read more than one way, and the reading the
 * site chose: editors and the clinic read these; no page shows them.
 */
export type EditorialNote = z.infer<typeof noteSchema> & {
  /** "note 2": how messages name it. */
  readonly label: string;
  /** The lines of the fields a check may complain about, as an editor counts lines. */
  readonly lines: { readonly quote?: number; readonly page?: number; readonly siteSays?: number };
};

export interface EditorialNotes {
  /** The file, as editors see its path in messages. */
  readonly file: string;
  readonly notes: readonly EditorialNote[];
}

export function parseEditorialNotes(source: string, file: string): EditorialNotes {
  const yaml = parseDataFile(source, file);
  const parsed = notesFileSchema.safeParse(yaml.data);
  if (!parsed.success) {
    const entryLabel = (field: string, index: number) => (field === 'notes' ? `note ${index + 1}` : undefined);
    throw new ContentError(describeIssues(file, parsed.error, { lineOf: yaml.lineOf, entryLabel }));
  }
  const notes = parsed.data.notes.map((note, index) => ({
    ...note,
    label: `note ${index + 1}`,
    lines: {
      quote: yaml.lineOf(['notes', index, 'quote']),
      page: yaml.lineOf(['notes', index, 'page']),
      siteSays: yaml.lineOf(['notes', index, 'siteSays']),
    },
  }));
  return { file, notes };
}

/** The notes file is optional: a site whose article is clear everywhere needs none. Read like every content file: no links, no giant files. */
async function readEditorialNotes(contentDir: string): Promise<EditorialNotes | undefined> {
  const filePath = path.join(contentDir, EDITORIAL_NOTES_FILE);
  const read = await readContentFile(filePath);
  if ('missing' in read) return undefined;
  if ('problem' in read) throw new ContentError([read.problem]);
  return parseEditorialNotes(read.source, displayPath(filePath));
}

/** content/editorial-notes.yaml, read and checked once; undefined when there is none. */
export const loadEditorialNotes = oncePerContentFolder(readEditorialNotes);
