import path from 'node:path';
import { z } from 'zod';
import { CONTACT_FILE, displayPath } from './content-paths';
import { readRequiredContentFile } from './content-files';
import { ContentError } from './content-error';
import { parseDataFile, type YamlWithLines } from './yaml';
import { describeIssues, shown, unknownFields } from './zod-messages';
import { oncePerContentFolder } from './once-per-folder';
import { isExampleHost } from '@/lib/routes/example-domains';

const ADDRESS_EXAMPLE = 'problems@yourclinic.org';

function addressMessage(input: unknown): string {
  if (input === undefined) return `is missing. Add a line like: problemReports: ${ADDRESS_EXAMPLE}`;
  if (typeof input === 'string' && input.trim().toLowerCase().startsWith('mailto:')) {
    return `must be the email address alone, without "mailto:" (got ${shown(input)}).`;
  }
  return `must be one email address, like ${ADDRESS_EXAMPLE} (got ${shown(input)}).`;
}

/** RFC 5321's limits: mail servers refuse a longer address, and every page's footer links to it. */
const ADDRESS_MAX_LENGTH = 254;
const LOCAL_PART_MAX_LENGTH = 64;

function fitsInEmail(address: string): boolean {
  return address.length <= ADDRESS_MAX_LENGTH && address.lastIndexOf('@') <= LOCAL_PART_MAX_LENGTH;
}

function lengthMessage(input: unknown): string {
  const address = String(input);
  const at = address.lastIndexOf('@');
  const before = at > LOCAL_PART_MAX_LENGTH ? `, ${at} of them before the "@"` : '';
  return `has ${address.length} characters${before}; an email address has at most ${ADDRESS_MAX_LENGTH}, and at most ${LOCAL_PART_MAX_LENGTH} before the "@". Shorten it (got ${shown(input)}).`;
}

const contactSchema = z.strictObject(
  {
    // zod's email check refuses spaces, commas, "?" and the other characters that would make
    // one address into several, or into more of a mailto: link than its address.
    problemReports: z
      .string({ error: (issue) => addressMessage(issue.input) })
      .trim()
      // Measured first, so a long address gets the one message that says what to shorten.
      .refine(fitsInEmail, { error: (issue) => lengthMessage(issue.input), abort: true })
      .pipe(z.email({ error: (issue) => addressMessage(issue.input) })),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? unknownFields(issue.keys, 'problemReports')
        : `must have one line, the address reports of a problem go to, like: problemReports: ${ADDRESS_EXAMPLE}`,
  },
);

/** Whether an email address is on a domain reserved for examples, where mail reaches no one. */
export function isExampleAddress(address: string): boolean {
  return isExampleHost(address.slice(address.lastIndexOf('@') + 1));
}

export interface Contact {
  /** The address the footer's "Report a problem with this page" link emails. */
  readonly problemReports: string;
  /** True while that address is still an example one: npm run check:content warns. */
  readonly example: boolean;
}

/** content/contact.yaml as its loader read it: the contact, and where each field is for the check's messages. */
export interface ContactFile {
  readonly contact: Contact;
  readonly lineOf: YamlWithLines['lineOf'];
}

function parseContactFile(source: string, file: string): ContactFile {
  const yaml = parseDataFile(source, file);
  const parsed = contactSchema.safeParse(yaml.data);
  if (!parsed.success) throw new ContentError(describeIssues(file, parsed.error, { lineOf: yaml.lineOf }));
  const { problemReports } = parsed.data;
  return { contact: { problemReports, example: isExampleAddress(problemReports) }, lineOf: yaml.lineOf };
}

/** Parses content/contact.yaml; throws a ContentError naming the file, the line and the fix. */
export function parseContact(source: string, file: string): Contact {
  return parseContactFile(source, file).contact;
}

async function readContactFile(contentDir: string): Promise<ContactFile> {
  const filePath = path.join(contentDir, CONTACT_FILE);
  const source = await readRequiredContentFile(
    filePath,
    `the file saying where reports of a problem go is missing. Create it with one line, like "problemReports: ${ADDRESS_EXAMPLE}" (see docs/editors.md, "Where reports of a problem go").`,
  );
  return parseContactFile(source, displayPath(filePath));
}

/** content/contact.yaml, read and checked once per build. */
export const loadContactFile = oncePerContentFolder(readContactFile);

/** The contact data. */
export async function loadContact(contentDir?: string): Promise<Contact> {
  return (await loadContactFile(contentDir)).contact;
}
