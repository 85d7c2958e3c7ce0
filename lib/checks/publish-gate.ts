import path from 'node:path';
import { loadClinicFile } from '@/lib/content/clinic';
import { loadContactFile } from '@/lib/content/contact';
import { loaded } from '@/lib/content/content-error';
import { readContentFile } from '@/lib/content/content-files';
import { CONTACT_FILE, CONTENT_DIR, displayPath } from '@/lib/content/content-paths';
import { loadLocationsFile } from '@/lib/content/locations';
import { problemLine, type Problem } from '@/lib/content/problem';
import { isFictionalPhone } from '@/lib/content/us-phone';
import { parseYamlWithLines } from '@/lib/content/yaml';
import { isExampleHost } from '@/lib/routes/example-domains';
import { DEFAULT_SITE_URL, parseSiteUrl } from '@/lib/routes/site-url';

/** The file another part of the site keeps its reviewers in, read here only to find example ones. */
export const REVIEWERS_FILE = 'reviewers.yaml';

const CHECKLIST = 'docs/deployers.md, "Publishing checklist"';

function exampleAt(file: string, line: number | undefined, message: string): Problem {
  return { file, line, severity: 'error', message };
}

async function exampleClinic(contentDir: string): Promise<Problem[]> {
  const read = (await loaded(() => loadClinicFile(contentDir))).value;
  if (!read?.clinic.example) return [];
  const { clinic, file, lineOf } = read;
  return [
    exampleAt(
      file,
      lineOf(['name']),
      `the clinic "${clinic.name}" is the example clinic (phone ${clinic.phone}, website ${clinic.website}). Write the name, website and phone number of the clinic that publishes the site, then set example: false.`,
    ),
  ];
}

async function exampleLocations(contentDir: string): Promise<Problem[]> {
  const read = (await loaded(() => loadLocationsFile(contentDir))).value;
  if (!read) return [];
  const { file, lineOf, inFileOrder } = read;
  if (read.locations.example) {
    return [
      exampleAt(file, lineOf(['example']), `the locations are the example clinics (example: true). List the clinic's real locations, then set example: false.`),
    ];
  }
  return inFileOrder.flatMap((location, index) =>
    isFictionalPhone(location.phone)
      ? [
          exampleAt(
            file,
            lineOf(['locations', index, 'phone']),
            `"${location.name}" has the phone number ${location.phone}, a 555-01xx number reserved for fiction. Write the location's real number, or remove the example location.`,
          ),
        ]
      : [],
  );
}

async function exampleReportAddress(contentDir: string): Promise<Problem[]> {
  const read = (await loaded(() => loadContactFile(contentDir))).value;
  if (!read?.contact.example) return [];
  const file = displayPath(path.join(contentDir, CONTACT_FILE));
  return [
    exampleAt(
      file,
      read.lineOf(['problemReports']),
      `"problemReports" is an example address (${read.contact.problemReports}): reports of a problem sent to it reach no one. Write the address of the person at the clinic who reads them.`,
    ),
  ];
}

/** A YAML mapping's "example: true", and its "name" when it has one. */
function isExampleEntry(value: unknown): value is { example: true; name?: unknown } {
  return typeof value === 'object' && value !== null && (value as { example?: unknown }).example === true;
}

/**
 * content/reviewers.yaml, when the site has one: a file marked "example: true", and every entry
 * of its lists marked so. Read tolerantly: its own loader reports anything else about it.
 */
async function exampleReviewers(contentDir: string): Promise<Problem[]> {
  const filePath = path.join(contentDir, REVIEWERS_FILE);
  const read = await readContentFile(filePath);
  if (!('source' in read)) return [];
  let yaml;
  try {
    yaml = parseYamlWithLines(read.source);
  } catch {
    return [];
  }
  const file = displayPath(filePath);
  const fix = 'Write the name and credentials of the person who reviewed the pages, or remove the example.';
  if (isExampleEntry(yaml.data)) return [exampleAt(file, yaml.lineOf(['example']), `the reviewers are examples (example: true). ${fix}`)];
  const fields = typeof yaml.data === 'object' && yaml.data !== null ? Object.entries(yaml.data) : [];
  return fields.flatMap(([field, entries]) =>
    Array.isArray(entries)
      ? entries.flatMap((entry: unknown, index) =>
          isExampleEntry(entry)
            ? [exampleAt(file, yaml.lineOf([field, index]), `${typeof entry.name === 'string' ? `"${entry.name}"` : `${field} entry ${index + 1}`} is an example reviewer. ${fix}`)]
            : [],
        )
      : [],
  );
}

/** Everything in a content folder that is example data a patient could take for the clinic's own. A file its loader refuses is left to the content check, which reports it. */
export async function exampleDataProblems(contentDir: string = CONTENT_DIR): Promise<Problem[]> {
  const found = await Promise.all([exampleClinic(contentDir), exampleLocations(contentDir), exampleReportAddress(contentDir), exampleReviewers(contentDir)]);
  return found.flat();
}

export type PublishGate =
  /** `notice`: one line to print, when the build uses the placeholder address. */
  | { readonly open: true; readonly notice?: string }
  /** `message`: every example to replace, in one message. */
  | { readonly open: false; readonly message: string };

/**
 * Whether a build may go ahead. It stays open while SITE_URL is unset (the placeholder address)
 * or on a domain reserved for examples, so local work and the tests run on the example data;
 * for a real address it closes while any example is left, naming each one's file and line.
 * @param siteUrl SITE_URL as the environment gives it.
 */
export async function publishGate(siteUrl: string | undefined, contentDir: string = CONTENT_DIR): Promise<PublishGate> {
  if (!siteUrl?.trim()) {
    return { open: true, notice: `Building with the placeholder address ${DEFAULT_SITE_URL}: set SITE_URL to the site's real address to publish it (see ${CHECKLIST}).` };
  }
  const url = parseSiteUrl(siteUrl);
  if (isExampleHost(new URL(url).hostname)) return { open: true };
  const examples = await exampleDataProblems(contentDir);
  if (examples.length === 0) return { open: true };
  const lines = examples.map((example) => `- ${problemLine(example)}`);
  const count = examples.length === 1 ? 'one example' : `${examples.length} examples`;
  return {
    open: false,
    message: [`SITE_URL is ${url}, a real address, but the site still has ${count} that would mislead a patient. Replace each one before publishing (see ${CHECKLIST}):`, ...lines].join('\n'),
  };
}
