import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/content-error';
import { problemLine } from '@/lib/content/problem';
import { dryNeedlingLocationsFor, loadLocations, locationsByState, parseLocations, telHref } from '@/lib/content/locations';
import { fixtureAvailability } from '@/tests/fixtures/articles';
import { MAX_YAML_DEPTH } from '@/lib/content/yaml';
import { contentFixture, refusalOf } from '@/tests/fixtures/content-fixture';
import { BILLION_LAUGHS, nestedLists } from '@/tests/fixtures/yaml-attacks';
import { temporaryContent } from '@/tests/fixtures/temporary-content';
import type { Language } from '@/lib/i18n/language';
import { english, spanish } from '@/lib/i18n/languages';

const FILE = 'content/locations.yaml';
const AVAILABILITY_FILE = 'content/availability.yaml';

/** One location as an editor writes it, with the fields given replacing the usual ones. */
function entry(fields: Record<string, string> = {}): string {
  const all = {
    name: 'Riverbend Physical Therapy',
    street: '1200 Example Avenue, Suite 4',
    city: 'Austin',
    state: 'AZ',
    zip: '"85004"',
    phone: '(602) 555-0142',
    offersDryNeedling: 'true',
    ...fields,
  };
  const lines = Object.entries(all).map(([field, value]) => `    ${field}: ${value}`);
  return `  - ${lines.join('\n').trimStart()}`;
}

function locationsYaml(entries: readonly string[], header = 'example: true'): string {
  return `${header}\n\nlocations:\n${entries.join('\n\n')}\n`;
}

// fixtureAvailability: the article says Alaska and Texas are not available, and does not name Arizona or Vermont.
function parse(source: string) {
  return parseLocations({ source, file: FILE, availability: fixtureAvailability, availabilityFile: AVAILABILITY_FILE });
}

function problemsOf(source: string): readonly string[] {
  try {
    parse(source);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(problemLine);
    throw error;
  }
  throw new Error('expected the locations data to be refused');
}

function loadProblemsOf(fixture: string): Promise<readonly string[]> {
  return refusalOf(loadLocations(contentFixture(fixture)), fixture);
}

describe('loadLocations with valid data', () => {
  it('reads every location with its address, phone and whether it offers dry needling, ordered by state', async () => {
    const { example, locations } = await loadLocations(contentFixture('valid'));
    expect(example).toBe(true);
    expect(locations.map(({ name, stateName, city, zip, phone, offersDryNeedling }) => [name, stateName, city, zip, phone, offersDryNeedling])).toEqual([
      ['Harbor Physical Therapy', 'California', 'San Diego', '92101', '619-555-0180', false],
      ['Riverbend Physical Therapy', 'Texas', 'Austin', '78701', '(512) 555-0142', true],
      ['Green Mountain Physical Therapy', 'Vermont', 'Burlington', '05401', '802.555.0151', true],
    ]);
  });

  it('says the data is real when the file does not mark it as example data', () => {
    expect(parse(locationsYaml([entry()], '')).example).toBe(false);
    expect(parse(locationsYaml([entry()], 'example: false')).example).toBe(false);
  });
});

describe('loadLocations with mistakes, one content folder per mistake', () => {
  it("refuses a location offering dry needling in a state where the clinic's article says it is not available, naming both", async () => {
    expect(await loadProblemsOf('location-in-unavailable-state')).toEqual([
      'tests/fixtures/content/location-in-unavailable-state/locations.yaml:14: "Harbor Physical Therapy" is in California, where the clinic\'s article says dry needling is not available (tests/fixtures/content/location-in-unavailable-state/availability.yaml). ' +
        'Set offersDryNeedling: false. If the clinic now offers it in California, ask the clinic to correct its article first, then change CA to status: not-stated in tests/fixtures/content/location-in-unavailable-state/availability.yaml.',
    ]);
  });

  it('refuses a state code that does not exist and points to its line', async () => {
    expect(await loadProblemsOf('location-unknown-state')).toEqual([
      'tests/fixtures/content/location-unknown-state/locations.yaml:25: "Green Mountain Physical Therapy": "state" "VM" is not a US state code. Use the two-letter postal code, like TX for Texas or DC for the District of Columbia.',
    ]);
  });

  it('names a missing field and the line to add', async () => {
    expect(await loadProblemsOf('location-missing-field')).toEqual([
      'tests/fixtures/content/location-missing-field/locations.yaml:14: "Harbor Physical Therapy": "phone" is missing. Add a line like: phone: 512-555-0142',
    ]);
  });

  it('refuses a phone number without its area code', async () => {
    expect(await loadProblemsOf('location-bad-phone')).toEqual([
      'tests/fixtures/content/location-bad-phone/locations.yaml:11: "Riverbend Physical Therapy": "phone" must be a US phone number with its area code, like 512-555-0142 or (512) 555-0142 (got "555-0142").',
    ]);
  });

  it('asks for the file when a content folder has none', async () => {
    expect(await loadProblemsOf('no-locations-file')).toEqual([
      'tests/fixtures/content/no-locations-file/locations.yaml: the locations data file is missing. Create it with a "locations" list of the clinic\'s locations (see docs/editors.md, "Change the list of locations").',
    ]);
  });
});

describe('parseLocations with other mistakes', () => {
  it('asks for capital letters in a state code', () => {
    expect(problemsOf(locationsYaml([entry({ state: 'az' })]))).toEqual([
      'content/locations.yaml:7: "Riverbend Physical Therapy": "state" must be written in capital letters: AZ.',
    ]);
  });

  it('asks for quotes around a ZIP code, keeping its leading zero', () => {
    expect(problemsOf(locationsYaml([entry({ zip: '05401' })]))).toEqual([
      'content/locations.yaml:8: "Riverbend Physical Therapy": "zip" must be written in quotes, like zip: "05401".',
    ]);
  });

  it('names a misspelled field in a location', () => {
    expect(problemsOf(locationsYaml([`${entry()}\n    telephone: (602) 555-0143`]))).toEqual([
      'content/locations.yaml:4: "Riverbend Physical Therapy" has a field this file does not use: "telephone". Use only name, street, city, state, zip, phone and offersDryNeedling.',
    ]);
  });

  it('labels a location without a name by its place in the list', () => {
    expect(problemsOf(locationsYaml([entry(), entry({ name: '""', state: 'VT' })]))).toEqual([
      'content/locations.yaml:12: locations entry 2: "name" is empty. Write it like: name: Riverbend Physical Therapy',
    ]);
  });

  it('refuses an answer other than true or false for offersDryNeedling', () => {
    expect(problemsOf(locationsYaml([entry({ offersDryNeedling: 'yes' })]))).toEqual([
      'content/locations.yaml:10: "Riverbend Physical Therapy": "offersDryNeedling" must be true or false (got "yes").',
    ]);
  });

  it('refuses a file without a list of locations', () => {
    expect(problemsOf('example: true\n')).toEqual([
      'content/locations.yaml:1: "locations" is missing. Add a "locations:" list with one entry for each of the clinic\'s locations.',
    ]);
  });

  it('refuses a file that is not valid YAML and points to the line', () => {
    expect(problemsOf(locationsYaml([entry({ name: '"Riverbend Physical Therapy' })]))).toEqual([
      expect.stringMatching(/^content\/locations\.yaml:4: the YAML cannot be read \(.+\)\. Check the colons, quotes and brackets on this line or the one before\.$/),
    ]);
  });

  it('reports every location offering dry needling where the article says it is not available, each with its own line', () => {
    const source = locationsYaml([entry({ name: 'Northern Lights Physical Therapy', state: 'AK' }), entry({ name: 'Lone Star Movement Clinic', state: 'TX' })]);
    expect(problemsOf(source).map((problem) => problem.split(' is in ')[0])).toEqual([
      'content/locations.yaml:4: "Northern Lights Physical Therapy"',
      'content/locations.yaml:12: "Lone Star Movement Clinic"',
    ]);
  });

  it('accepts a location that does not offer dry needling in a state where the article says it is not available', () => {
    const { locations } = parse(locationsYaml([entry({ state: 'TX', offersDryNeedling: 'false' })]));
    expect(locations.map((location) => [location.name, location.stateName])).toEqual([['Riverbend Physical Therapy', 'Texas']]);
  });
});

describe('using the locations', () => {
  const { locations } = parse(
    locationsYaml([
      entry({ name: 'Desert Physical Therapy', state: 'AZ' }),
      entry({ name: 'Canyon Physical Therapy', state: 'AZ', offersDryNeedling: 'false' }),
      entry({ name: 'Green Mountain Physical Therapy', state: 'VT' }),
      entry({ name: 'Lone Star Movement Clinic', state: 'TX', offersDryNeedling: 'false' }),
    ]),
  );

  it('groups locations under their state, states and names in alphabetical order', () => {
    expect(locationsByState(locations).map((group) => [group.stateName, group.locations.map((location) => location.name)])).toEqual([
      ['Arizona', ['Canyon Physical Therapy', 'Desert Physical Therapy']],
      ['Texas', ['Lone Star Movement Clinic']],
      ['Vermont', ['Green Mountain Physical Therapy']],
    ]);
  });

  it('names and orders the states in the language of the page', () => {
    const { locations: northeast } = parse(
      locationsYaml([entry({ name: 'Empire Physical Therapy', state: 'NY' }), entry({ name: 'Mesa Physical Therapy', state: 'NM', zip: '"87101"' })]),
    );
    const groups = (language: Language) => locationsByState(northeast, language).map((group) => [group.state, group.stateName]);
    expect(groups(english)).toEqual([
      ['NM', 'New Mexico'],
      ['NY', 'New York'],
    ]);
    expect(groups(spanish)).toEqual([
      ['NY', 'Nueva York'],
      ['NM', 'Nuevo México'],
    ]);
  });

  it('finds the locations offering dry needling in a state, and those in other states', () => {
    const names = (list: readonly { name: string }[]) => list.map((location) => location.name);
    const arizona = dryNeedlingLocationsFor('AZ', locations);
    expect([names(arizona.inState), names(arizona.elsewhere)]).toEqual([['Desert Physical Therapy'], ['Green Mountain Physical Therapy']]);
    const texas = dryNeedlingLocationsFor('TX', locations);
    expect([names(texas.inState), names(texas.elsewhere)]).toEqual([[], ['Desert Physical Therapy', 'Green Mountain Physical Therapy']]);
  });

  it('turns a phone number however it is written into a number a phone can dial', () => {
    expect(telHref('(512) 555-0142')).toBe('tel:+15125550142');
    expect(telHref('512.555.0142')).toBe('tel:+15125550142');
  });
});

describe('parseLocations: each field says what to write', () => {
  it.each([
    ['state', null, 7, '"state" is missing. Add the two-letter state code, like state: TX'],
    ['state', '48', 7, '"state" must be a two-letter state code like TX (got 48).'],
    ['state', 'TE', 7, '"state" "TE" is not a US state code. Use the two-letter postal code, like TX for Texas or DC for the District of Columbia.'],
    ['zip', null, 8, '"zip" is missing. Add a line like: zip: "78701"'],
    ['zip', '"8500"', 8, '"zip" must be a ZIP code like "78701" or "78701-1234" (got "8500").'],
    ['phone', '6025550142', 9, '"phone" must be a US phone number with its area code, like 512-555-0142 or (512) 555-0142 (got 6025550142).'],
    ['offersDryNeedling', null, 10, '"offersDryNeedling" is missing. Add a line: offersDryNeedling: true (or false if this location does not offer it).'],
  ] as const)('%s written as %s', (field, value, line, message) => {
    const written = locationsYaml([entry(value === null ? {} : { [field]: value })]);
    const source = value === null ? written.split('\n').filter((text) => !text.includes(` ${field}: `)).join('\n') : written;
    expect(problemsOf(source)).toEqual([`${FILE}:${value === null ? 4 : line}: "Riverbend Physical Therapy": ${message}`]);
  });

  it.each([
    ['"78701"', true],
    ['"78701-1234"', true],
    ['"7870"', false],
    ['"787010"', false],
    ['"78701-123"', false],
    ['"78701-12345"', false],
  ])('reads a ZIP code of five digits, or five and four: %s', (zip, accepted) => {
    const source = locationsYaml([entry({ zip, state: 'VT' })]);
    if (accepted) expect(parse(source).locations[0]?.zip).toBe(zip.replaceAll('"', ''));
    else expect(problemsOf(source)).toEqual([`${FILE}:8: "Riverbend Physical Therapy": "zip" must be a ZIP code like "78701" or "78701-1234" (got ${zip}).`]);
  });

  it.each([
    ['(212) 555-0142', true],
    ['212-555-0142', true],
    ['212.555.0142', true],
    ['212 555 0142', true],
    ['(112) 555-0142', false],
    ['012-555-0142', false],
    ['212-555-014', false],
    ['212-5550-142', false],
  ])('reads a phone number of ten digits whose area code starts with 2 to 9: %s', (phone, accepted) => {
    const source = locationsYaml([entry({ phone: `"${phone}"`, state: 'VT' })]);
    if (accepted) expect(parse(source).locations[0]?.phone).toBe(phone);
    else expect(problemsOf(source)).toEqual([expect.stringContaining(`"phone" must be a US phone number with its area code`)]);
  });

  it('labels a location by its place in the list when its name is blank or not text', () => {
    expect(problemsOf(locationsYaml([entry({ name: '"   "' }), entry({ name: '12', zip: '"1"' })]))).toEqual([
      `${FILE}:4: locations entry 1: "name" is empty. Write it like: name: Riverbend Physical Therapy`,
      `${FILE}:12: locations entry 2: "name" must be text (got 12).`,
      `${FILE}:16: locations entry 2: "zip" must be a ZIP code like "78701" or "78701-1234" (got "1").`,
    ]);
  });

  it('names a location by its name without the spaces around it', () => {
    expect(problemsOf(locationsYaml([entry({ name: '"  Riverbend Physical Therapy "', zip: '"1"' })]))).toEqual([
      `${FILE}:8: "Riverbend Physical Therapy": "zip" must be a ZIP code like "78701" or "78701-1234" (got "1").`,
    ]);
  });

  it('says what a location must be when an entry is plain text', () => {
    expect(problemsOf(locationsYaml([entry(), '  - Riverbend Physical Therapy, Austin']))).toEqual([
      `${FILE}:12: locations entry 2 must be a location with the fields name, street, city, state, zip, phone and offersDryNeedling.`,
    ]);
  });

  it('refuses an example marker other than true or false', () => {
    expect(problemsOf(locationsYaml([entry()], 'example: maybe'))).toEqual([`${FILE}:1: "example" must be true or false (got "maybe").`]);
  });

  it('names a field the file does not use, and a file that is not a list of fields', () => {
    expect(problemsOf(locationsYaml([entry()], 'example: true\nclinic: Riverbend'))).toEqual([
      `${FILE}:1: has a field this file does not use: "clinic". Use only example and locations.`,
    ]);
    expect(problemsOf('- Riverbend Physical Therapy\n')).toEqual([`${FILE}:1: must have a "locations" list.`]);
  });

  it('says what to write for a street or city left out or empty', () => {
    const withoutAddress = entry({ street: '""' }).split('\n').filter((line) => !line.includes('city:')).join('\n');
    expect(problemsOf(locationsYaml([withoutAddress]))).toEqual([
      `${FILE}:5: "Riverbend Physical Therapy": "street" is empty. Write it like: street: 1200 Example Avenue, Suite 4`,
      `${FILE}:4: "Riverbend Physical Therapy": "city" is missing. Add a line like: city: Austin`,
    ]);
  });

  it('asks for a list when "locations" is written as one line of text', () => {
    expect(problemsOf('locations: Riverbend Physical Therapy\n')).toEqual([
      `${FILE}:1: "locations" must be a "locations:" list with one entry for each of the clinic's locations, each starting with "- " (got "Riverbend Physical Therapy").`,
    ]);
  });
});

describe('loadLocations with a file that cannot be read', () => {
  it('passes on why, naming the file', async () => {
    const content = temporaryContent('valid');
    rmSync(path.join(content.dir, 'locations.yaml'));
    mkdirSync(path.join(content.dir, 'locations.yaml'));
    expect(await refusalOf(loadLocations(content.dir), 'a folder named locations.yaml')).toEqual([
      `${content.shown('locations.yaml')}: is a folder, not a file. Only files are read from content/: rename the folder, or move it out of content/.`,
    ]);
  });
});

describe('parseLocations with hostile YAML', () => {
  it.each([
    ['the billion laughs', BILLION_LAUGHS, 3, 'the YAML uses 72 aliases (*name, repeating the value marked &name); at most 10 are read. Write the values out in full.'],
    ['lists nested nine levels deep', nestedLists(MAX_YAML_DEPTH), 1, 'the YAML nests lists and fields 9 levels deep; at most 8 are read. Write the entries the way docs/editors.md shows them.'],
    ['a tag', 'tagged: !!binary aGk=', 1, 'a YAML tag (a word starting with ! or !!) is not something this site reads. Remove it and write the value plainly.'],
  ] as const)('refuses %s with one message that names the file and line', (_, hostile, line, message) => {
    expect(problemsOf(`${hostile}\n${locationsYaml([entry()])}`)).toEqual([`${FILE}:${line}: ${message}`]);
  });
});
