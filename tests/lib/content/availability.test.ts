import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { ContentError } from '@/lib/content/content-error';
import { problemLine } from '@/lib/content/problem';
import { loadAvailability, parseAvailability, statesNotAvailable } from '@/lib/content/availability';
import { US_STATES } from '@/lib/i18n/us-states';
import { MAX_YAML_DEPTH } from '@/lib/content/yaml';
import { contentFixture, refusalOf } from '@/tests/fixtures/content-fixture';
import { BILLION_LAUGHS, nestedLists } from '@/tests/fixtures/yaml-attacks';
import { temporaryContent } from '@/tests/fixtures/temporary-content';

const FILE = 'content/availability.yaml';
const NOT_AVAILABLE = new Set(['CA', 'HI']);

/** One line per state and DC, as in content/availability.yaml, in the order of US_STATES. */
function stateLines(): string[] {
  return Object.keys(US_STATES).map(
    (code) => `  - { code: ${code}, status: ${NOT_AVAILABLE.has(code) ? 'not-available' : 'not-stated'} }`,
  );
}

function availabilityYaml(lines: readonly string[] = stateLines(), header = ''): string {
  return `${header}\n\nstates:\n${lines.join('\n')}\n`;
}

/** The lines with Texas's line replaced, as an editor might have changed it. */
function withTexas(line: string): string[] {
  return stateLines().map((existing) => (existing.includes('code: TX,') ? line : existing));
}

function problemsOf(source: string): readonly string[] {
  try {
    parseAvailability(source, FILE);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(problemLine);
    throw error;
  }
  throw new Error('expected the availability data to be refused');
}

describe('parseAvailability with valid data', () => {
  it('lists every state and DC once, alphabetically by name, whatever the order in the file', () => {
    const byCode = [...stateLines()].sort();
    const { states } = parseAvailability(availabilityYaml(byCode), FILE);
    expect(states).toHaveLength(51);
    expect(states.map((state) => state.name)).toEqual(Object.values(US_STATES));
    expect(states.slice(0, 5).map((state) => state.name)).toEqual(['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California']);
  });

  it("marks the states the clinic's article says are not available, and no others", () => {
    const availability = parseAvailability(availabilityYaml(), FILE);
    expect(availability.states.find((state) => state.code === 'CA')).toEqual({ code: 'CA', name: 'California', notAvailable: true });
    expect(availability.states.find((state) => state.code === 'TX')).toEqual({ code: 'TX', name: 'Texas', notAvailable: false });
  });

  it('lists exactly the states where dry needling is not available', () => {
    const availability = parseAvailability(availabilityYaml(), FILE);
    expect(statesNotAvailable(availability).map((state) => state.name)).toEqual(['California', 'Hawaii']);
  });

  it('has no checked date until an editor sets the day a person checked the list', () => {
    expect(parseAvailability(availabilityYaml(), FILE)).not.toHaveProperty('checked');
    expect(parseAvailability(availabilityYaml(stateLines(), 'checked: 2025-03-04'), FILE).checked).toBe('2025-03-04');
  });
});

describe('loadAvailability', () => {
  it('reads the availability file of a content folder, notes and checked date included', async () => {
    const availability = await loadAvailability(contentFixture('valid'));
    expect(availability.states).toHaveLength(51);
    expect(availability.checked).toBe('2025-03-04');
    expect(availability.states.find((state) => state.code === 'TX')).toEqual({
      code: 'TX',
      name: 'Texas',
      notAvailable: false,
      note: 'Ask the Austin location about dry needling.',
    });
    expect(statesNotAvailable(availability)).toEqual([
      { code: 'CA', name: 'California', notAvailable: true },
      { code: 'HI', name: 'Hawaii', notAvailable: true },
      { code: 'NY', name: 'New York', notAvailable: true, note: "The clinic's article names New York." },
    ]);
  });

  it('tells an editor with a file in the old form exactly what to write instead', async () => {
    expect(await refusalOf(loadAvailability(contentFixture('availability-old-form')), 'the old form')).toEqual([
      'tests/fixtures/content/availability-old-form/availability.yaml:12: "lastChecked" is no longer used: it was the date of the clinic\'s article, not a day anyone checked the list, and pages now show the article\'s date from content/source.yaml. ' +
        'Delete the line. If a person has checked this list with the clinic, write the day they did it instead, like checked: 2025-03-04',
      'tests/fixtures/content/availability-old-form/availability.yaml:15: "status: available" is no longer used (47 states have it, the first on this line), because the clinic\'s article never says where dry needling is offered. ' +
        'Write status: not-stated instead, on every line that has it. A state page says dry needling is offered only where a location in content/locations.yaml offers it.',
    ]);
  });

  it('asks for the file when a content folder has none', async () => {
    expect(await refusalOf(loadAvailability(contentFixture('no-availability-file')), 'a folder without availability.yaml')).toEqual([
      'tests/fixtures/content/no-availability-file/availability.yaml: the availability data file is missing. Create it with a "states" list of every state and DC.',
    ]);
  });
});

describe('parseAvailability with mistakes', () => {
  it('says once, on the first line that has it, that "available" is an old value, however many states have it', () => {
    const lines = withTexas('  - { code: TX, status: available }').map((line) => (line.includes('code: WY,') ? '  - { code: WY, status: available }' : line));
    expect(problemsOf(availabilityYaml(lines))).toEqual([
      expect.stringMatching(/^content\/availability\.yaml:47: "status: available" is no longer used \(2 states have it, the first on this line\)/),
    ]);
  });

  it('refuses a code that is not a state, and notes the state it replaced is now missing', () => {
    expect(problemsOf(availabilityYaml(withTexas('  - { code: XX, status: not-stated }')))).toEqual([
      'content/availability.yaml:47: states entry 44 (XX): "XX" is not a US state code. Use the two-letter postal code, like TX for Texas or DC for the District of Columbia.',
      'content/availability.yaml: Texas (TX) is missing from "states". Add a line: - { code: TX, status: not-stated }',
    ]);
  });

  it('asks for capital letters when a state code is written in lower case', () => {
    expect(problemsOf(availabilityYaml(withTexas('  - { code: tx, status: not-stated }')))).toEqual([
      'content/availability.yaml:47: states entry 44 (tx): write the state code in capital letters: TX.',
    ]);
  });

  it('refuses a state listed twice and says where the first line is', () => {
    const lines = [...stateLines(), '  - { code: TX, status: not-available }'];
    expect(problemsOf(availabilityYaml(lines))).toEqual([
      'content/availability.yaml:55: states entry 52 (TX): Texas is listed twice (also entry 44). Keep one of the two lines.',
    ]);
  });

  it('names a state left out and gives the line to add', () => {
    const lines = stateLines().filter((line) => !line.includes('code: WY,'));
    expect(problemsOf(availabilityYaml(lines))).toEqual([
      'content/availability.yaml: Wyoming (WY) is missing from "states". Add a line: - { code: WY, status: not-stated }',
    ]);
  });

  it('refuses a status other than not-available or not-stated', () => {
    expect(problemsOf(availabilityYaml(withTexas('  - { code: TX, status: maybe }')))).toEqual([
      'content/availability.yaml:47: states entry 44 (TX): "status" must be not-available (the clinic\'s article says dry needling is not available there) or not-stated (the article does not name the state) (got "maybe").',
    ]);
  });

  it('refuses a state without a status', () => {
    expect(problemsOf(availabilityYaml(withTexas('  - { code: TX }')))).toEqual([
      'content/availability.yaml:47: states entry 44 (TX): "status" must be not-available (the clinic\'s article says dry needling is not available there) or not-stated (the article does not name the state) (got nothing).',
    ]);
  });

  it('names a misspelled field in an entry', () => {
    const line = '  - { code: TX, status: not-stated, notes: "Ask the Austin location." }';
    expect(problemsOf(availabilityYaml(withTexas(line)))).toEqual([
      'content/availability.yaml:47: states entry 44 (TX) has a field this file does not use: "notes". Use only code, status and note.',
    ]);
  });

  it('names a field the file does not use at the top', () => {
    const source = `checkedBy: Front desk\n${availabilityYaml()}`;
    expect(problemsOf(source)).toEqual([
      'content/availability.yaml:1: has a field this file does not use: "checkedBy". Use only checked and states.',
    ]);
  });

  it('refuses a checked date written in words', () => {
    expect(problemsOf(availabilityYaml(stateLines(), 'checked: July 2024'))).toEqual([
      'content/availability.yaml:1: "checked" must be a date like 2024-07-22 (got "July 2024").',
    ]);
  });

  it('refuses a file that is not valid YAML and points to the line', () => {
    const line = '  - { code: TX, status: not-stated';
    expect(problemsOf(availabilityYaml(withTexas(line)))).toEqual([
      'content/availability.yaml:48: the YAML cannot be read (Flow map in block collection must be sufficiently indented and end with a }). Check the colons, quotes and brackets on this line or the one before.',
    ]);
  });
});

describe('parseAvailability: each mistake named by line, entry and field', () => {
  const PREFIX = `${FILE}:47: states entry 44`;

  it.each([
    ['  - { status: not-stated }', `${PREFIX}: "code" is missing. Add the two-letter state code, like code: TX`],
    ['  - { code: 48, status: not-stated }', `${PREFIX}: "code" must be a two-letter state code like TX (got 48).`],
    ['  - { code: TX, status: not-stated, note: 3 }', `${PREFIX} (TX): "note" must be text (got 3).`],
    ['  - { code: TX, status: not-stated, note: "  " }', `${PREFIX} (TX): "note" is empty. Write the note, or remove the note field.`],
    ['  - TX', `${PREFIX} must look like: { code: TX, status: not-stated }`],
  ])('%s', (line, message) => {
    expect(problemsOf(availabilityYaml(withTexas(line)))).toEqual([message]);
  });

  it('keeps a note with the spaces around it trimmed', () => {
    const { states } = parseAvailability(availabilityYaml(withTexas('  - { code: TX, status: not-stated, note: " Ask the Austin location. " }')), FILE);
    expect(states.find((state) => state.code === 'TX')?.note).toBe('Ask the Austin location.');
  });

  it('asks for the states list when it is missing, is not a list, or the file is empty', () => {
    const missing = `${FILE}:1: "states" is missing. Add a "states:" list with one line for every state and DC.`;
    expect(problemsOf('checked: 2025-03-04\n')).toEqual([missing]);
    expect(problemsOf('states: all of them\n')).toEqual([
      `${FILE}:1: "states" must be a "states:" list with one line for every state and DC, each starting with "- " (got "all of them").`,
    ]);
    expect(problemsOf('')).toEqual([`${FILE}: must have a "states" list.`]);
    expect(problemsOf('- { code: TX, status: not-stated }\n')).toEqual([`${FILE}:1: must have a "states" list.`]);
  });

  it('names the line of the old "lastChecked" field, wherever it is', () => {
    expect(problemsOf(availabilityYaml(stateLines(), 'checked: 2025-03-04\nlastChecked: 2024-07-22'))[0]).toMatch(
      /^content\/availability\.yaml:2: "lastChecked" is no longer used/,
    );
  });

  it('says "1 state has it" when one line has the old "available" status', () => {
    expect(problemsOf(availabilityYaml(withTexas('  - { code: TX, status: available }')))).toEqual([
      expect.stringMatching(/^content\/availability\.yaml:47: "status: available" is no longer used \(1 state has it, the first on this line\)/),
    ]);
  });
});

describe('loadAvailability with a file that cannot be read', () => {
  it('passes on why, naming the file', async () => {
    const content = temporaryContent('valid');
    rmSync(path.join(content.dir, 'availability.yaml'));
    mkdirSync(path.join(content.dir, 'availability.yaml'));
    expect(await refusalOf(loadAvailability(content.dir), 'a folder named availability.yaml')).toEqual([
      `${content.shown('availability.yaml')}: is a folder, not a file. Only files are read from content/: rename the folder, or move it out of content/.`,
    ]);
  });
});

describe('parseAvailability with hostile YAML', () => {
  it.each([
    ['the billion laughs', BILLION_LAUGHS, 3, 'the YAML uses 72 aliases (*name, repeating the value marked &name); at most 10 are read. Write the values out in full.'],
    ['lists nested nine levels deep', nestedLists(MAX_YAML_DEPTH), 1, 'the YAML nests lists and fields 9 levels deep; at most 8 are read. Write the entries the way docs/editors.md shows them.'],
    ['a tag', 'tagged: !!binary aGk=', 1, 'a YAML tag (a word starting with ! or !!) is not something this site reads. Remove it and write the value plainly.'],
  ] as const)('refuses %s with one message that names the file and line', (_, hostile, line, message) => {
    expect(problemsOf(`${hostile}\n${availabilityYaml()}`)).toEqual([`${FILE}:${line}: ${message}`]);
  });
});
