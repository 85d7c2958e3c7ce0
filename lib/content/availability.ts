import path from 'node:path';
import { z } from 'zod';
import { AVAILABILITY_FILE, displayPath } from './content-paths';
import { readRequiredContentFile } from './content-files';
import { ContentError } from './content-error';
import { errorAt, type Problem } from './problem';
import { US_STATES, isStateCode, type StateCode } from '@/lib/i18n/us-states';
import { parseDataFile, type YamlWithLines } from './yaml';
import { describeIssues, isoDateText, listMessage, shown, unknownFields } from './zod-messages';
import { oncePerContentFolder } from './once-per-folder';

/**
 * What the clinic's article says about a state. It names only the states where dry needling is
 * not available; it never says where it is offered, so the other states are "not-stated".
 * Where it is offered comes from the locations data, never from this file.
 */
const AVAILABILITY_STATUSES = ['not-available', 'not-stated'] as const;

/**
 * Values of an earlier form of this file. The parser still reads them, so an editor with an old
 * file is told what to write instead rather than that the file is unreadable.
 */
const OLD_STATUS = 'available';
const OLD_DATE_FIELD = 'lastChecked';

const stateEntrySchema = z.strictObject(
  {
    code: z.string({
      error: (issue) =>
        issue.input === undefined
          ? 'is missing. Add the two-letter state code, like code: TX'
          : `must be a two-letter state code like TX (got ${shown(issue.input)}).`,
    }),
    status: z.enum([...AVAILABILITY_STATUSES, OLD_STATUS], {
      error: (issue) =>
        `must be not-available (the clinic's article says dry needling is not available there) or not-stated (the article does not name the state) (got ${issue.input === undefined ? 'nothing' : shown(issue.input)}).`,
    }),
    note: z
      .string({ error: (issue) => `must be text (got ${shown(issue.input)}).` })
      .trim()
      .min(1, { error: 'is empty. Write the note, or remove the note field.' })
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? unknownFields(issue.keys, 'code, status and note')
        : 'must look like: { code: TX, status: not-stated }',
  },
);

const availabilityFileSchema = z.strictObject(
  {
    checked: isoDateText('checked').optional(),
    [OLD_DATE_FIELD]: z.unknown().optional(),
    states: z.array(stateEntrySchema, { error: listMessage('"states:" list with one line for every state and DC') }),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? unknownFields(issue.keys, 'checked and states')
        : 'must have a "states" list.',
  },
);

export interface StateAvailability {
  readonly code: StateCode;
  readonly name: string;
  /** True when the clinic's article says dry needling is not available in this state. */
  readonly notAvailable: boolean;
  readonly note?: string;
}

export interface Availability {
  /**
   * The day a person checked the list with the clinic, when an editor has set one. Never the
   * article's date: that is the date of the source (content/source.yaml), and pages say so.
   */
  readonly checked?: string;
  /** Every state and DC exactly once, in alphabetical order of name. */
  readonly states: readonly StateAvailability[];
}

type RawEntry = z.infer<typeof stateEntrySchema>;

/** "entry 5 (TX)": how an editor finds a line in a list of 51. */
function entryLabel(index: number, entries: unknown): string {
  const entry = Array.isArray(entries) ? (entries[index] as { code?: unknown } | undefined) : undefined;
  const code = typeof entry?.code === 'string' ? ` (${entry.code})` : '';
  return `states entry ${index + 1}${code}`;
}

type LineOf = YamlWithLines['lineOf'];

function checkStateCoverage(file: string, entries: readonly RawEntry[], lineOf: LineOf): Problem[] {
  const problems: Problem[] = [];
  const firstSeen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const atEntry = (message: string) => errorAt(file, lineOf(['states', index]), `${entryLabel(index, entries)}: ${message}`);
    const code = entry.code.toUpperCase();
    if (!isStateCode(code)) {
      problems.push(atEntry(`"${entry.code}" is not a US state code. Use the two-letter postal code, like TX for Texas or DC for the District of Columbia.`));
      return;
    }
    if (code !== entry.code) {
      problems.push(atEntry(`write the state code in capital letters: ${code}.`));
    }
    const earlier = firstSeen.get(code);
    if (earlier !== undefined) {
      problems.push(atEntry(`${US_STATES[code]} is listed twice (also entry ${earlier + 1}). Keep one of the two lines.`));
      return;
    }
    firstSeen.set(code, index);
  });
  for (const [code, name] of Object.entries(US_STATES)) {
    if (!firstSeen.has(code)) {
      problems.push(errorAt(file, undefined, `${name} (${code}) is missing from "states". Add a line: - { code: ${code}, status: not-stated }`));
    }
  }
  return problems;
}

/**
 * An earlier form of this file said "available" for every state the article does not name, and
 * gave the article's date as "lastChecked". Pages then said "offered" and "last checked" where
 * nobody had said or checked so: each old value gets one message saying what to write instead.
 */
function findOldForm(file: string, data: z.infer<typeof availabilityFileSchema>, lineOf: LineOf): Problem[] {
  const problems: Problem[] = [];
  if (data[OLD_DATE_FIELD] !== undefined) {
    problems.push(
      errorAt(
        file,
        lineOf([OLD_DATE_FIELD]),
        `"${OLD_DATE_FIELD}" is no longer used: it was the date of the clinic's article, not a day anyone checked the list, and pages now show the article's date from content/source.yaml. ` +
          'Delete the line. If a person has checked this list with the clinic, write the day they did it instead, like checked: 2025-03-04',
      ),
    );
  }
  const oldEntries = data.states.flatMap((entry, index) => (entry.status === OLD_STATUS ? [index] : []));
  const [first] = oldEntries;
  if (first !== undefined) {
    const count = oldEntries.length === 1 ? '1 state has it' : `${oldEntries.length} states have it`;
    problems.push(
      errorAt(
        file,
        lineOf(['states', first, 'status']),
        `"status: ${OLD_STATUS}" is no longer used (${count}, the first on this line), because the clinic's article never says where dry needling is offered. ` +
          'Write status: not-stated instead, on every line that has it. A state page says dry needling is offered only where a location in content/locations.yaml offers it.',
      ),
    );
  }
  return problems;
}

/** Parses and checks the availability data. Throws a ContentError listing every problem. */
export function parseAvailability(source: string, file: string): Availability {
  const yaml = parseDataFile(source, file);
  const parsed = availabilityFileSchema.safeParse(yaml.data);
  if (!parsed.success) {
    const entries = (yaml.data as { states?: unknown } | null)?.states;
    const label = (field: string, index: number) => (field === 'states' ? entryLabel(index, entries) : undefined);
    throw new ContentError(describeIssues(file, parsed.error, { lineOf: yaml.lineOf, entryLabel: label }));
  }

  const problems = [...findOldForm(file, parsed.data, yaml.lineOf), ...checkStateCoverage(file, parsed.data.states, yaml.lineOf)];
  if (problems.length > 0) throw new ContentError(problems);

  const states = parsed.data.states
    .map((entry) => {
      const code = entry.code as StateCode;
      return {
        code,
        name: US_STATES[code],
        notAvailable: entry.status === 'not-available',
        // Stryker disable next-line ConditionalExpression: a `note: undefined` property reads the same as no note everywhere.
        ...(entry.note === undefined ? {} : { note: entry.note }),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return { ...(parsed.data.checked === undefined ? {} : { checked: parsed.data.checked }), states };
}

async function readAvailability(contentDir: string): Promise<Availability> {
  const filePath = path.join(contentDir, AVAILABILITY_FILE);
  const source = await readRequiredContentFile(filePath, 'the availability data file is missing. Create it with a "states" list of every state and DC.');
  return parseAvailability(source, displayPath(filePath));
}

/** The availability data, read and checked once per build however many pages use it. */
export const loadAvailability = oncePerContentFolder(readAvailability);

/** States and DC where the clinic's article says dry needling is not available, alphabetical. */
export function statesNotAvailable(availability: Availability): StateAvailability[] {
  return availability.states.filter((state) => state.notAvailable);
}
