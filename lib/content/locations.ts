import path from 'node:path';
import { z } from 'zod';
import { type Availability, loadAvailability } from './availability';
import { AVAILABILITY_FILE, LOCATIONS_FILE, displayPath } from './content-paths';
import { readRequiredContentFile } from './content-files';
import { ContentError } from './content-error';
import { errorAt } from './problem';
import type { Language } from '@/lib/i18n/language';
import { DEFAULT_LANGUAGE } from '@/lib/i18n/languages';
import { US_STATES, isStateCode, type StateCode } from '@/lib/i18n/us-states';
import { parseDataFile, type YamlWithLines } from './yaml';
import { describeIssues, listMessage, requiredText, shown, unknownFields } from './zod-messages';
import { oncePerContentFolder } from './once-per-folder';
import { usPhone } from './us-phone';

const STATE_CODES = Object.keys(US_STATES) as [StateCode, ...StateCode[]];
const ZIP = /^\d{5}(?:-\d{4})?$/;
const FIELDS = 'name, street, city, state, zip, phone and offersDryNeedling';

function stateCodeMessage(input: unknown): string {
  if (input === undefined) return 'is missing. Add the two-letter state code, like state: TX';
  if (typeof input !== 'string') return `must be a two-letter state code like TX (got ${shown(input)}).`;
  if (isStateCode(input.toUpperCase())) return `must be written in capital letters: ${input.toUpperCase()}.`;
  return `${shown(input)} is not a US state code. Use the two-letter postal code, like TX for Texas or DC for the District of Columbia.`;
}

function zipMessage(input: unknown): string {
  if (input === undefined) return 'is missing. Add a line like: zip: "78701"';
  // YAML reads 02108 as the number 2108: quotes keep the ZIP code exactly as written.
  if (typeof input === 'number') return `must be written in quotes, like zip: "${String(input).padStart(5, '0')}".`;
  return `must be a ZIP code like "78701" or "78701-1234" (got ${shown(input)}).`;
}

const locationSchema = z.strictObject(
  {
    name: requiredText('name', 'Riverbend Physical Therapy'),
    street: requiredText('street', '1200 Example Avenue, Suite 4'),
    city: requiredText('city', 'Austin'),
    state: z.enum(STATE_CODES, { error: (issue) => stateCodeMessage(issue.input) }),
    // The string's error is also its regex's (zod 4).
    zip: z.string({ error: (issue) => zipMessage(issue.input) }).regex(ZIP),
    phone: usPhone(),
    offersDryNeedling: z.boolean({
      error: (issue) =>
        issue.input === undefined
          ? 'is missing. Add a line: offersDryNeedling: true (or false if this location does not offer it).'
          : `must be true or false (got ${shown(issue.input)}).`,
    }),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? unknownFields(issue.keys, FIELDS)
        : `must be a location with the fields ${FIELDS}.`,
  },
);

const locationsFileSchema = z.strictObject(
  {
    example: z.boolean({ error: (issue) => `must be true or false (got ${shown(issue.input)}).` }).default(false),
    locations: z.array(locationSchema, { error: listMessage('"locations:" list with one entry for each of the clinic\'s locations') }),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? unknownFields(issue.keys, 'example and locations')
        : 'must have a "locations" list.',
  },
);

export type Location = z.infer<typeof locationSchema> & {
  /** "Texas" for state TX, so pages never look the name up again. */
  readonly stateName: string;
};

export interface Locations {
  /** True while the file still holds the example clinics shipped with the site: pages say so. */
  readonly example: boolean;
  /** Ordered by state name, then by location name. */
  readonly locations: readonly Location[];
}

/** `"Riverbend Physical Therapy"`, or `locations entry 3` while the entry has no name. */
function entryLabel(index: number, entries: unknown): string {
  const entry = Array.isArray(entries) ? (entries[index] as { name?: unknown } | undefined) : undefined;
  return typeof entry?.name === 'string' && entry.name.trim() !== '' ? `"${entry.name.trim()}"` : `locations entry ${index + 1}`;
}

export interface LocationsSource {
  readonly source: string;
  readonly file: string;
  /** The availability data the locations are checked against, and its file for messages. */
  readonly availability: Availability;
  readonly availabilityFile: string;
}

/**
 * Parses and checks the locations data, including that no location offers dry needling
 * in a state where the clinic's article says it is not available. Throws a ContentError
 * listing every problem.
 */
export function parseLocations(input: LocationsSource): Locations {
  return parseLocationsFile(input).locations;
}

/** content/locations.yaml as its loader read it: the locations, and where each field is for the publish gate's messages. */
export interface LocationsFile {
  readonly locations: Locations;
  readonly file: string;
  /** The entries in the order of the file, so `lineOf(['locations', index])` finds each. */
  readonly inFileOrder: readonly Location[];
  readonly lineOf: YamlWithLines['lineOf'];
}

function parseLocationsFile({ source, file, availability, availabilityFile }: LocationsSource): LocationsFile {
  const yaml = parseDataFile(source, file);
  const parsed = locationsFileSchema.safeParse(yaml.data);
  if (!parsed.success) {
    const entries = (yaml.data as { locations?: unknown } | null)?.locations;
    const label = (field: string, index: number) => (field === 'locations' ? entryLabel(index, entries) : undefined);
    throw new ContentError(describeIssues(file, parsed.error, { lineOf: yaml.lineOf, entryLabel: label }));
  }

  const notAvailableIn = new Set(availability.states.filter((state) => state.notAvailable).map((state) => state.code));
  const problems = parsed.data.locations.flatMap((location, index) => {
    if (!location.offersDryNeedling || !notAvailableIn.has(location.state)) return [];
    const stateName = US_STATES[location.state];
    return [
      errorAt(
        file,
        yaml.lineOf(['locations', index]),
        `"${location.name}" is in ${stateName}, where the clinic's article says dry needling is not available (${availabilityFile}). ` +
        `Set offersDryNeedling: false. If the clinic now offers it in ${stateName}, ask the clinic to correct its article first, then change ${location.state} to status: not-stated in ${availabilityFile}.`,
      ),
    ];
  });
  if (problems.length > 0) throw new ContentError(problems);

  const inFileOrder = parsed.data.locations.map((location) => ({ ...location, stateName: US_STATES[location.state] }));
  const locations = [...inFileOrder].sort((a, b) => a.stateName.localeCompare(b.stateName, 'en') || a.name.localeCompare(b.name, 'en'));
  return { locations: { example: parsed.data.example, locations }, file, inFileOrder, lineOf: yaml.lineOf };
}

function readLocationsFile(filePath: string): Promise<string> {
  return readRequiredContentFile(
    filePath,
    `the locations data file is missing. Create it with a "locations" list of the clinic's locations (see docs/editors.md, "Change the list of locations").`,
  );
}

function readLocations(contentDir: string): Promise<LocationsFile> {
  const filePath = path.join(contentDir, LOCATIONS_FILE);
  const file = displayPath(filePath);
  const availabilityFile = displayPath(path.join(contentDir, AVAILABILITY_FILE));
  return Promise.all([readLocationsFile(filePath), loadAvailability(contentDir)]).then(([source, availability]) =>
    parseLocationsFile({ source, file, availability, availabilityFile }),
  );
}

/** content/locations.yaml, read and checked against the availability data once per build. */
export const loadLocationsFile = oncePerContentFolder(readLocations);

/** The locations data. */
export async function loadLocations(contentDir?: string): Promise<Locations> {
  return (await loadLocationsFile(contentDir)).locations;
}

/** The locations in each state that has any, states in alphabetical order. */
export function locationsByState(
  locations: readonly Location[],
  language: Language = DEFAULT_LANGUAGE,
): { state: StateCode; stateName: string; locations: Location[] }[] {
  const groups = new Map<StateCode, Location[]>();
  for (const location of locations) groups.set(location.state, [...(groups.get(location.state) ?? []), location]);
  return [...groups]
    .map(([state, inState]) => ({ state, stateName: language.stateNames[state], locations: inState }))
    .sort((a, b) => a.stateName.localeCompare(b.stateName, language.locale));
}

/** Where a person in one state can get dry needling: locations in their state, and in every other state. */
export function dryNeedlingLocationsFor(state: StateCode, locations: readonly Location[]): { inState: Location[]; elsewhere: Location[] } {
  const offering = locations.filter((location) => location.offersDryNeedling);
  return {
    inState: offering.filter((location) => location.state === state),
    elsewhere: offering.filter((location) => location.state !== state),
  };
}

/** "(512) 555-0142" → "tel:+15125550142": the form every phone dials. */
export function telHref(phone: string): string {
  return `tel:+1${phone.replace(/\D/g, '')}`;
}
