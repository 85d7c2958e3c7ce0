import path from 'node:path';
import { z } from 'zod';
import { isExampleHost } from '@/lib/routes/example-domains';
import { CLINIC_FILE, displayPath, publicDirFor } from './content-paths';
import { readRequiredContentFile } from './content-files';
import { ContentError } from './content-error';
import { imageSourceProblem } from './image-sources';
import { oncePerContentFolder } from './once-per-folder';
import { errorAt } from './problem';
import { isFictionalPhone, usPhone } from './us-phone';
import { parseDataFile, type YamlWithLines } from './yaml';
import { describeIssues, requiredText, shown, unknownFields } from './zod-messages';

const FIELDS = 'example, name, website, phone, logo and twitter';

/** The header has room for a name this long on a phone, and every staff email carries it. */
export const CLINIC_NAME_MAX_LENGTH = 60;

function websiteMessage(input: unknown): string {
  if (input === undefined) return 'is missing. Add a line like: website: https://yourclinic.org';
  return `must be the clinic's website, starting with https://, like https://yourclinic.org (got ${shown(input)}).`;
}

/** An https address a browser can open; the clinic's site may live in a folder of a larger one. */
function isHttpsAddress(text: string): boolean {
  return /^https:\/\//i.test(text) && URL.canParse(text) && !/\s/.test(text) && new URL(text).hostname.includes('.');
}

const twitterMessage = (input: unknown) =>
  `must be the clinic's handle on X (Twitter): "@" and up to 15 letters, digits or underscores, in quotes, like twitter: "@yourclinic" (got ${shown(input)}).`;

const clinicSchema = z.strictObject(
  {
    example: z.boolean({ error: (issue) => `must be true or false (got ${shown(issue.input)}).` }).default(false),
    name: requiredText('name', 'Riverbend Physical Therapy').max(CLINIC_NAME_MAX_LENGTH, {
      error: (issue) =>
        `has ${String(issue.input).length} characters; the header has room for ${CLINIC_NAME_MAX_LENGTH}. Write the name patients know the clinic by, shorter (got ${shown(issue.input)}).`,
    }),
    website: z
      .string({ error: (issue) => websiteMessage(issue.input) })
      .trim()
      .refine(isHttpsAddress, { error: (issue) => websiteMessage(issue.input) }),
    phone: usPhone(),
    logo: z.string({ error: (issue) => `must be the address of a picture under public/, like logo: /images/clinic-logo.png (got ${shown(issue.input)}).` }).optional(),
    twitter: z
      .string({ error: (issue) => twitterMessage(issue.input) })
      .regex(/^@[A-Za-z0-9_]{1,15}$/, { error: (issue) => twitterMessage(issue.input) })
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? unknownFields(issue.keys, FIELDS)
        : 'must have the clinic\'s name, website and phone, each on its own line, like: name: Riverbend Physical Therapy',
  },
);

/** The clinic that publishes the site, as content/clinic.yaml gives it. */
export interface Clinic {
  /** True while the file still holds the example clinic shipped with the site. */
  readonly example: boolean;
  readonly name: string;
  /** The clinic's own website, not this site: https://yourclinic.org. */
  readonly website: string;
  readonly phone: string;
  /** A picture under public/, written from the site root: /images/clinic-logo.png. */
  readonly logo?: string;
  /** "@yourclinic", on X (Twitter). */
  readonly twitter?: string;
}

/** content/clinic.yaml as its loader read it: the clinic, and where each field is for the check's messages. */
export interface ClinicFile {
  readonly clinic: Clinic;
  readonly file: string;
  readonly lineOf: YamlWithLines['lineOf'];
}

/**
 * Parses content/clinic.yaml; throws a ContentError naming the file, the line and the fix. An
 * entry with a 555-01xx number or a website on a domain reserved for examples is an example
 * even with "example: false", so it is never mistaken for the clinic's own.
 */
export function parseClinicFile(source: string, file: string, publicDir: string): ClinicFile {
  const yaml = parseDataFile(source, file);
  const parsed = clinicSchema.safeParse(yaml.data);
  if (!parsed.success) throw new ContentError(describeIssues(file, parsed.error, { lineOf: yaml.lineOf }));
  const { example, name, website, phone, logo, twitter } = parsed.data;
  const logoProblem = logo === undefined ? undefined : imageSourceProblem(logo, publicDir);
  if (logoProblem) throw new ContentError([errorAt(file, yaml.lineOf(['logo']), `"logo": ${logoProblem}`)]);
  const clinic: Clinic = {
    example: example || isFictionalPhone(phone) || isExampleHost(new URL(website).hostname),
    name,
    website,
    phone,
    ...(logo !== undefined && { logo }),
    ...(twitter !== undefined && { twitter }),
  };
  return { clinic, file, lineOf: yaml.lineOf };
}

async function readClinicFile(contentDir: string): Promise<ClinicFile> {
  const filePath = path.join(contentDir, CLINIC_FILE);
  const source = await readRequiredContentFile(
    filePath,
    `the file naming the clinic that publishes the site is missing. Create it with the clinic's name, website and phone number, each on its own line (see docs/editors.md, "The clinic that publishes the site").`,
  );
  return parseClinicFile(source, displayPath(filePath), publicDirFor(contentDir));
}

/** content/clinic.yaml, read and checked once per build. */
export const loadClinicFile = oncePerContentFolder(readClinicFile);

/** The clinic that publishes the site. */
export async function loadClinic(contentDir?: string): Promise<Clinic> {
  return (await loadClinicFile(contentDir)).clinic;
}
