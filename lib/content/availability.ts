import path from 'node:path';
import { z } from 'zod';
import { AVAILABILITY_FILE, displayPath } from './content-paths';
import { readContentFile } from './content-files';
import { ContentError, fileAt } from './content-error';
import { US_STATES, isStateCode, type StateCode } from '@/lib/i18n/us-states';
import { YamlSyntaxError, parseYamlWithLines, type YamlWithLines } from './yaml';
import { isoDateText, shown } from './zod-messages';
import { oncePerContentFolder } from './once-per-folder';

const AVAILABILITY_STATUSES = ['available', 'not-available'] as const;

const stateEntrySchema = z.strictObject(
  {
    code: z.string({
      error: (issue) =>
        issue.input === undefined
          ? 'is missing. Add the two-letter state code, like code: TX'
          : `must be a two-letter state code like TX (got ${shown(issue.input)}).`,
    }),
    status: z.enum(AVAILABILITY_STATUSES, {
      error: (issue) =>
        `must be ${AVAILABILITY_STATUSES.join(' or ')} (got ${issue.input === undefined ? 'nothing' : shown(issue.input)}).`,
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
        ? `has a field this file does not use: ${issue.keys.map((key) => `"${key}"`).join(', ')}. Use only code, status and note.`
        : 'must look like: { code: TX, status: available }',
  },
);

const availabilityFileSchema = z.strictObject(
  {
    lastChecked: isoDateText('lastChecked'),
    states: z.array(stateEntrySchema, {
      error: 'is missing. Add a "states:" list with one line for every state and DC.',
    }),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `has a field this file does not use: ${issue.keys.map((key) => `"${key}"`).join(', ')}. Use only lastChecked and states.`
        : 'must have "lastChecked" and a "states" list.',
  },
);

export interface StateAvailability {
  readonly code: StateCode;
  readonly name: string;
  readonly available: boolean;
  readonly note?: string;
}

export interface Availability {
  /** When a person last checked the data against the clinic's locations. */
  readonly lastChecked: string;
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

function describeSchemaIssues(file: string, error: z.ZodError, raw: unknown, lineOf: LineOf): string[] {
  const entries = (raw as { states?: unknown } | null)?.states;
  return error.issues.map((issue) => {
    const at = fileAt(file, lineOf(issue.path));
    const [top, index, field] = issue.path;
    if (top === 'states' && typeof index === 'number') {
      const where = entryLabel(index, entries);
      return field === undefined ? `${at}: ${where} ${issue.message}` : `${at}: ${where}: "${String(field)}" ${issue.message}`;
    }
    return `${at}: ${top === undefined ? '' : `"${String(top)}" `}${issue.message}`;
  });
}

function checkStateCoverage(file: string, entries: readonly RawEntry[], lineOf: LineOf): string[] {
  const problems: string[] = [];
  const firstSeen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const where = `${fileAt(file, lineOf(['states', index]))}: ${entryLabel(index, entries)}`;
    const code = entry.code.toUpperCase();
    if (!isStateCode(code)) {
      problems.push(
        `${where}: "${entry.code}" is not a US state code. Use the two-letter postal code, like TX for Texas or DC for the District of Columbia.`,
      );
      return;
    }
    if (code !== entry.code) {
      problems.push(`${where}: write the state code in capital letters: ${code}.`);
    }
    const earlier = firstSeen.get(code);
    if (earlier !== undefined) {
      problems.push(`${where}: ${US_STATES[code]} is listed twice (also entry ${earlier + 1}). Keep one of the two lines.`);
      return;
    }
    firstSeen.set(code, index);
  });
  for (const [code, name] of Object.entries(US_STATES)) {
    if (!firstSeen.has(code)) {
      problems.push(`${file}: ${name} (${code}) is missing from "states". Add a line: - { code: ${code}, status: available }`);
    }
  }
  return problems;
}

/** Parses and checks the availability data. Throws a ContentError listing every problem. */
export function parseAvailability(source: string, file: string): Availability {
  let yaml: YamlWithLines;
  try {
    yaml = parseYamlWithLines(source);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    throw new ContentError([`${fileAt(file, error.line)}: ${error.message}`]);
  }
  const parsed = availabilityFileSchema.safeParse(yaml.data);
  if (!parsed.success) throw new ContentError(describeSchemaIssues(file, parsed.error, yaml.data, yaml.lineOf));

  const problems = checkStateCoverage(file, parsed.data.states, yaml.lineOf);
  if (problems.length > 0) throw new ContentError(problems);

  const states = parsed.data.states
    .map((entry) => {
      const code = entry.code as StateCode;
      return {
        code,
        name: US_STATES[code],
        available: entry.status === 'available',
        ...(entry.note === undefined ? {} : { note: entry.note }),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return { lastChecked: parsed.data.lastChecked, states };
}

async function readAvailability(contentDir: string): Promise<Availability> {
  const filePath = path.join(contentDir, AVAILABILITY_FILE);
  const file = displayPath(filePath);
  const read = await readContentFile(filePath);
  if ('missing' in read) {
    throw new ContentError([`${file}: the availability data file is missing. Create it with a "states" list of every state and DC.`]);
  }
  if ('problem' in read) throw new ContentError([read.problem]);
  return parseAvailability(read.source, file);
}

/** The availability data, read and checked once per build however many pages use it. */
export const loadAvailability = oncePerContentFolder(readAvailability);

/** States and DC where the clinic does not offer dry needling, alphabetical. */
export function statesWithoutDryNeedling(availability: Availability): StateAvailability[] {
  return availability.states.filter((state) => !state.available);
}
