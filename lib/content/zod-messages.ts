import { z } from 'zod';
import { isIsoDate } from '@/lib/i18n/dates';
import { errorAt, type Problem } from './problem';
import { clipped } from './text-rules';

/** A line break, tab or other control character as an escape ("\n"), so a quoted value stays on one line. */
function escapedControl(character: string): string {
  const named: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  return named[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * How a value the editor typed is shown back in a message: text exactly as typed, in quotes, but
 * cut to MAX_QUOTED_CHARACTERS (clipped) and with line breaks and other control characters written
 * as escapes like \n, so a message is one line and never quotes a whole file's worth of text.
 */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : String(JSON.stringify(value));
  const oneLine = clipped(text).replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, escapedControl);
  return typeof value === 'string' ? `"${oneLine}"` : oneLine;
}

/** What a data file says of fields it does not use: each one named, then the ones it does (`allowed`, in words). */
export function unknownFields(keys: readonly string[], allowed: string): string {
  return `has a field this file does not use: ${keys.map((key) => `"${key}"`).join(', ')}. Use only ${allowed}.`;
}

/** A required text field whose messages tell the editor what to write. */
export function requiredText(field: string, example: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `is missing. Add a line like: ${field}: ${example}`
          : `must be text (got ${shown(issue.input)}).`,
    })
    .trim()
    .min(1, { error: `is empty. Write it like: ${field}: ${example}` });
}

/** The message of a list field: what to add when it is missing, what it must be when it is there but not a list. */
export function listMessage(what: string): (issue: { readonly input?: unknown }) => string {
  return (issue) =>
    issue.input === undefined ? `is missing. Add a ${what}.` : `must be a ${what}, each starting with "- " (got ${shown(issue.input)}).`;
}

/** A YYYY-MM-DD date, kept as the string the editor typed so it is compared as a date later. */
export function isoDateText(field: string) {
  const hint = 'a date like 2024-07-22';
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `is missing. Add a line like: ${field}: 2024-07-22`
          : `must be ${hint} (got ${shown(issue.input)}).`,
    })
    .refine(isIsoDate, { error: (issue) => `must be ${hint} (got ${shown(issue.input)}).` });
}

/** Where zod's issues are in a file: the line of a path, and the name of a list's entries ("note 2"). */
export interface IssuePlaces {
  readonly lineOf?: (path: readonly PropertyKey[]) => number | undefined;
  /** How a message names entry `index` of the list `field`; undefined where entries have no name. */
  readonly entryLabel?: (field: string, index: number) => string | undefined;
}

/** One problem per issue: `"field" message`, or `entry: "field" message` for a field of a list entry. */
export function describeIssues(file: string, error: z.ZodError, { lineOf, entryLabel }: IssuePlaces = {}): Problem[] {
  return error.issues.map((issue) => {
    const [top, index, field] = issue.path;
    const label = typeof top === 'string' && typeof index === 'number' ? entryLabel?.(top, index) : undefined;
    const fieldName = issue.path.length > 0 ? `"${issue.path.map(String).join('.')}" ` : '';
    const message =
      label === undefined ? `${fieldName}${issue.message}` : field === undefined ? `${label} ${issue.message}` : `${label}: "${String(field)}" ${issue.message}`;
    return errorAt(file, lineOf?.(issue.path), message);
  });
}
