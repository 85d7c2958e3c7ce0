import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Block } from './blocks';
import { TRACES_FOLDER, displayPath } from './content-paths';
import { ContentError } from './content-error';
import { readContentFile } from './content-files';
import { errorAt, type Problem } from './problem';
import { parseDataFile } from './yaml';
import { describeIssues, requiredText, shown, unknownFields } from './zod-messages';
import { oncePerContentFolder } from './once-per-folder';

/**
 * Why a block needs no passage of the clinic's article: it says nothing medical. A short fixed
 * list, so "not medical" is never a way around a source for a statement that is.
 */
export const NOT_MEDICAL_REASONS = {
  navigation: 'points to another page or section of the site',
  'ask-your-physical-therapist': 'sends the reader to their physical therapist or the clinic for an answer',
  'how-to-use-the-site': 'says how to use this site',
  'site-data': "says what the site's own data shows: where dry needling is offered, the clinic's locations",
  'explains-a-word': 'says in plain words what a word the article uses means, and nothing more',
} as const;

export type NotMedicalReason = keyof typeof NOT_MEDICAL_REASONS;

const REASON_NAMES = Object.keys(NOT_MEDICAL_REASONS) as [NotMedicalReason, ...NotMedicalReason[]];

/** "navigation, ask-your-physical-therapist, how-to-use-the-site, site-data or explains-a-word": the reasons as messages list them. */
export const REASONS_IN_WORDS = `${REASON_NAMES.slice(0, -1).join(', ')} or ${REASON_NAMES.at(-1) ?? ''}`;

const FIELDS = 'block, and either source or notMedical';

const passageSchema = z
  .string({ error: (issue) => `must be a passage of the clinic's article, as text (got ${shown(issue.input)}).` })
  .trim()
  .min(1, { error: "is empty. Write the passage of the clinic's article, or remove the line." });

const entrySchema = z
  .strictObject(
    {
      block: requiredText('block', 'Soreness'),
      source: z
        .array(passageSchema, {
          error: (issue) => `must be a list of passages of the clinic's article, each on a line starting with "- " (got ${shown(issue.input)}).`,
        })
        .min(1, { error: "is an empty list. Quote at least one passage of the clinic's article." })
        .optional(),
      notMedical: z.enum(REASON_NAMES, { error: (issue) => `must be one of ${REASONS_IN_WORDS} (got ${shown(issue.input)}).` }).optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys' ? unknownFields(issue.keys, FIELDS) : `must be an entry with the fields ${FIELDS}.`,
    },
  )
  .refine((entry) => (entry.source === undefined) !== (entry.notMedical === undefined), {
    // A misspelled field ("sources") is the problem to name, not the missing one it stands for.
    when: (payload) => payload.issues.length === 0,
    error: `must have either "source" (the passages of the clinic's article the block says) or "notMedical" (${REASONS_IN_WORDS}), and not both.`,
  });

const traceFileSchema = z.strictObject(
  {
    // "blocks:" with nothing after it is how a new trace file starts.
    blocks: z.preprocess(
      (value) => value ?? [],
      z.array(entrySchema, {
        error: (issue) => `must be a list, one entry (starting with "- block:") for each paragraph, list item and table row of the article (got ${shown(issue.input)}).`,
      }),
    ),
  },
  {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownFields(issue.keys, 'blocks') : 'must have a "blocks" list.'),
  },
);

/** One passage of the clinic's article, as the trace file quotes it. */
export interface Passage {
  readonly text: string;
  readonly line: number | undefined;
}

/** Where one block of an article comes from: passages of the clinic's article, or why it needs none. */
export interface TraceEntry {
  /** "entry 3": how messages name it. */
  readonly label: string;
  /** The block's words as a reader meets them; the entry belongs to the block with these words. */
  readonly block: string;
  /** The line of "block", as an editor counts lines. */
  readonly line: number | undefined;
  /** Empty when the block is not a medical statement. */
  readonly source: readonly Passage[];
  readonly notMedical?: NotMedicalReason;
}

/** content/sources/<slug>.yaml: where each statement of content/<slug>.md comes from. */
export interface TraceFile {
  /** The file, as editors see its path in messages. */
  readonly file: string;
  /** The article it traces: content/<slug>.md. */
  readonly slug: string;
  readonly entries: readonly TraceEntry[];
}

/** Every trace file of a content folder, and the files in its sources/ folder that cannot be read as one. */
export interface TraceFolder {
  readonly traces: readonly TraceFile[];
  /** Every file read, as editors see its path. */
  readonly files: readonly string[];
  readonly problems: readonly Problem[];
}

const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u02bc\u2032]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * Words as an editor can type them: what a word processor prints and a keyboard does not
 * (curly quotes and apostrophes, en and em dashes, the ellipsis character, the no-break space)
 * becomes its plain form, and line breaks and runs of spaces one space. Both sides of every
 * comparison go through it, so only these typographic differences are forgiven.
 */
export function comparableText(text: string): string {
  return text
    .normalize('NFC')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && /[\p{L}\p{N}]/u.test(character);
}

/**
 * Whether the article (already through comparableText) has the passage word for word, from
 * whole word to whole word: "eed" is not a passage of "needle".
 */
export function hasPassage(comparableArticle: string, passage: string): boolean {
  const wanted = comparableText(passage);
  for (let at = comparableArticle.indexOf(wanted); at !== -1; at = comparableArticle.indexOf(wanted, at + 1)) {
    if (!isWordCharacter(comparableArticle[at - 1]) && !isWordCharacter(comparableArticle[at + wanted.length])) return true;
  }
  return false;
}

/**
 * Words as an editor writes them after "block:" so YAML reads them back unchanged: as they are
 * when they can be, in double quotes when a colon, a leading quote mark or a " #" would change them.
 */
export function asYamlValue(words: string): string {
  try {
    // Stryker disable next-line OptionalChaining: "block: …" is always read as a mapping; the null is for the type.
    if ((parseYaml(`block: ${words}`) as { block?: unknown } | null)?.block === words) return words;
  } catch {
    // Not readable as it is: quoted below.
  }
  return JSON.stringify(words);
}

/** The entry of a trace file that belongs to a block: the one quoting its words. */
export function traceEntryFor(trace: TraceFile, block: Block): TraceEntry | undefined {
  const words = comparableText(block.text);
  return trace.entries.find((entry) => comparableText(entry.block) === words);
}

/** Two entries for the same block would leave an editor unsure which one counts. */
function repeatedBlocks(file: string, entries: readonly TraceEntry[]): Problem[] {
  const first = new Map<string, TraceEntry>();
  return entries.flatMap((entry) => {
    const words = comparableText(entry.block);
    const earlier = first.get(words);
    if (earlier === undefined) {
      first.set(words, entry);
      return [];
    }
    return [errorAt(file, entry.line, `${entry.label} is for the same block as ${earlier.label}. Keep one of the two entries, with the passages of both.`)];
  });
}

export function parseTraceFile(source: string, file: string, slug: string): TraceFile {
  const yaml = parseDataFile(source, file);
  const parsed = traceFileSchema.safeParse(yaml.data);
  if (!parsed.success) {
    // Stryker disable next-line ConditionalExpression: "blocks" is the file's only list, so the only field with entries.
    const entryLabel = (field: string, index: number) => (field === 'blocks' ? `entry ${index + 1}` : undefined);
    throw new ContentError(describeIssues(file, parsed.error, { lineOf: yaml.lineOf, entryLabel }));
  }
  const entries: TraceEntry[] = parsed.data.blocks.map((entry, index) => ({
    label: `entry ${index + 1}`,
    block: entry.block,
    line: yaml.lineOf(['blocks', index, 'block']),
    source: (entry.source ?? []).map((text, passage) => ({ text, line: yaml.lineOf(['blocks', index, 'source', passage]) })),
    ...(entry.notMedical && { notMedical: entry.notMedical }),
  }));
  const repeated = repeatedBlocks(file, entries);
  if (repeated.length > 0) throw new ContentError(repeated);
  return { file, slug, entries };
}

async function readTraceFile(filePath: string): Promise<TraceFile | Problem[]> {
  const file = displayPath(filePath);
  const read = await readContentFile(filePath);
  if ('problem' in read) return [read.problem];
  if ('missing' in read) return [errorAt(file, undefined, 'the file disappeared while it was being read. Run the check again.')];
  try {
    return parseTraceFile(read.source, file, path.basename(filePath, '.yaml'));
  } catch (error) {
    // Stryker disable next-line ConditionalExpression: parseTraceFile throws nothing else.
    if (!(error instanceof ContentError)) throw error;
    return [...error.problems];
  }
}

function notATraceFile(file: string, isFolder: boolean): Problem {
  const what = isFolder ? 'is a folder' : 'does not end in .yaml';
  return errorAt(
    file,
    undefined,
    `${what}, and only trace files are read from ${TRACES_FOLDER}/, one for each English article, named after it: ${TRACES_FOLDER}/after-effects.yaml for after-effects.md. Rename it, or move it out of ${TRACES_FOLDER}/.`,
  );
}

/** content/sources/: each *.yaml file read as a trace file; anything else there is refused by name. */
async function readTraceFolder(contentDir: string): Promise<TraceFolder> {
  const folderPath = path.join(contentDir, TRACES_FOLDER);
  const stats = await lstat(folderPath).catch(() => undefined);
  if (stats === undefined) return { traces: [], files: [], problems: [] };
  if (stats.isSymbolicLink() || !stats.isDirectory()) {
    const problem = stats.isSymbolicLink()
      ? 'is a link to another folder, and links in content/ are never followed. Put the folder itself here instead of the link.'
      : `is not a folder. The trace files go in a folder named ${TRACES_FOLDER}: remove this file, or give it another name.`;
    return { traces: [], files: [], problems: [errorAt(displayPath(folderPath), undefined, problem)] };
  }
  // Stryker disable next-line MethodExpression: this machine's file system already lists names in order.
  const entries = (await readdir(folderPath, { withFileTypes: true })).filter((entry) => !entry.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : 1));
  const traceFiles = entries.filter((entry) => entry.name.endsWith('.yaml') && !entry.isDirectory()).map((entry) => path.join(folderPath, entry.name));
  const others = entries.filter((entry) => !entry.name.endsWith('.yaml') || entry.isDirectory());
  const read = await Promise.all(traceFiles.map(readTraceFile));
  return {
    traces: read.filter((each): each is TraceFile => !Array.isArray(each)),
    files: traceFiles.map(displayPath),
    problems: [...others.map((entry) => notATraceFile(displayPath(path.join(folderPath, entry.name)), entry.isDirectory())), ...read.filter(Array.isArray).flat()],
  };
}

/** content/sources/, read and checked once per build; empty when there is no such folder (the check asks for each article's file). */
export const loadTraceFolder = oncePerContentFolder(readTraceFolder);

/** The trace file of an English article, as messages name it: content/sources/<slug>.yaml. */
export function traceFilePath(contentDir: string, slug: string): string {
  return path.join(contentDir, TRACES_FOLDER, `${slug}.yaml`);
}
