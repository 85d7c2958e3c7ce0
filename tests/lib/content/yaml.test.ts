import { describe, expect, it } from 'vitest';
import { MAX_YAML_ALIASES, MAX_YAML_DEPTH, parseYamlWithLines } from '@/lib/content/yaml';
import { BILLION_LAUGHS, DOUBLING_ALIASES, nestedLists } from '@/tests/fixtures/yaml-attacks';

/** The editor's message and line for YAML that is refused; fails if it is accepted. */
function refusalOf(source: string): { message: string; line: number | undefined } {
  try {
    parseYamlWithLines(source);
  } catch (error) {
    const { message, line } = error as { message: string; line: number | undefined };
    return { message, line };
  }
  throw new Error('expected the YAML to be refused');
}

describe('parseYamlWithLines: limits', () => {
  it(`reads lists and fields nested ${MAX_YAML_DEPTH} levels deep, and refuses one level more with its line`, () => {
    // The field itself is the first level: the top of the file is a map.
    expect(parseYamlWithLines(`title: x\n${nestedLists(MAX_YAML_DEPTH - 1)}\n`).data).toHaveProperty('deep');
    expect(refusalOf(`title: x\n${nestedLists(MAX_YAML_DEPTH)}\n`)).toEqual({
      message: `the YAML nests lists and fields ${MAX_YAML_DEPTH + 1} levels deep; at most ${MAX_YAML_DEPTH} are read. Write the entries the way docs/editors.md shows them.`,
      line: 2,
    });
  });

  it('refuses 64 KB of nested brackets, twice in one process, where composing it ran Node out of memory', () => {
    for (const levels of [32_000, 32_000]) expect(refusalOf(nestedLists(levels)).message).toContain(`${levels + 1} levels deep`);
  });

  it(`reads ${MAX_YAML_ALIASES} aliases and refuses a file with more, at the first alias over the limit`, () => {
    const aliases = (count: number) => `note: &note "Offered at our Austin clinic only."\nrepeats: [${Array(count).fill('*note').join(', ')}]\n`;
    expect(parseYamlWithLines(aliases(MAX_YAML_ALIASES)).data).toHaveProperty('repeats');
    expect(refusalOf(aliases(MAX_YAML_ALIASES + 1))).toEqual({
      message: `the YAML uses ${MAX_YAML_ALIASES + 1} aliases (*name, repeating the value marked &name); at most ${MAX_YAML_ALIASES} are read. Write the values out in full.`,
      line: 2,
    });
  });

  it('refuses the billion laughs before expanding it', () => {
    expect(refusalOf(BILLION_LAUGHS)).toEqual({
      message: `the YAML uses 72 aliases (*name, repeating the value marked &name); at most ${MAX_YAML_ALIASES} are read. Write the values out in full.`,
      line: 3,
    });
  });

  it('refuses aliases that double each other, although there are only ten', () => {
    expect(refusalOf(DOUBLING_ALIASES).message).toBe(
      'the YAML aliases (*name) repeat each other so often that the file would become far larger than it is. Write the values out in full.',
    );
  });
});

describe('parseYamlWithLines: tags', () => {
  it.each(['!!timestamp 2024-07-22', '!!binary aGk=', '!include other.yaml', '!!js/function "() => 1"'])(
    'refuses a value tagged %s instead of warning and reading it as something else',
    (value) => {
      expect(refusalOf(`lastChecked: 2024-07-22\nnote: ${value}\n`)).toEqual({
        message: 'a YAML tag (a word starting with ! or !!) is not something this site reads. Remove it and write the value plainly.',
        line: 2,
      });
    },
  );

  it('reads the value itself once the tag is removed', () => {
    expect(parseYamlWithLines('lastChecked: 2024-07-22\n').data).toEqual({ lastChecked: '2024-07-22' });
  });
});

describe('parseYamlWithLines: how deep, counted every way YAML can nest', () => {
  const blockLists = (levels: number) => `deep:\n  ${'- '.repeat(levels)}x\n`;

  it(`counts lists written one under another: ${MAX_YAML_DEPTH} levels are read, one more is refused`, () => {
    expect(parseYamlWithLines(blockLists(MAX_YAML_DEPTH - 1)).data).toHaveProperty('deep');
    expect(refusalOf(blockLists(MAX_YAML_DEPTH))).toEqual({
      message: `the YAML nests lists and fields ${MAX_YAML_DEPTH + 1} levels deep; at most ${MAX_YAML_DEPTH} are read. Write the entries the way docs/editors.md shows them.`,
      line: 2,
    });
  });

  it('counts lists hidden in a field name', () => {
    expect(refusalOf(`? ${'['.repeat(MAX_YAML_DEPTH)}x${']'.repeat(MAX_YAML_DEPTH)}\n: value\n`).message).toContain(`${MAX_YAML_DEPTH + 1} levels deep`);
  });

  it('refuses a nesting too deep wherever it is, and names the first line that is', () => {
    const tooDeep = nestedLists(MAX_YAML_DEPTH).replace('deep:', 'first:');
    expect(refusalOf(`${tooDeep}\nsecond:\n  name: x\n${tooDeep.replace('first:', 'third:')}\n`)).toEqual({
      message: expect.stringContaining(`${MAX_YAML_DEPTH + 1} levels deep`) as string,
      line: 1,
    });
    expect(refusalOf(`title: x\nsecond:\n  name: x\n${nestedLists(MAX_YAML_DEPTH)}\n`).line).toBe(4);
  });
});

describe('parseYamlWithLines: files without data and lines of mistakes', () => {
  it('reads an empty file, or one of comments only, as no data', () => {
    expect(parseYamlWithLines('').data).toBeNull();
    expect(parseYamlWithLines('# Nothing here yet\n').data).toBeNull();
    expect(parseYamlWithLines('---\n').data).toBeNull();
  });

  it('explains a mistake in one sentence with its line, however far down the file it is', () => {
    const source = `${Array.from({ length: 11 }, (_, index) => `field${index}: ok`).join('\n')}\nname: "Riverbend Physical Therapy\n`;
    expect(refusalOf(source)).toEqual({
      message: 'the YAML cannot be read (Missing closing "quote). Check the colons, quotes and brackets on this line or the one before.',
      line: 13,
    });
  });

  it('finds the line of each value, or of the nearest part of its path that is there', () => {
    const { lineOf } = parseYamlWithLines('# Locations\nlocations:\n  - name: Riverbend\n    phone: 512-555-0142\n');
    expect(lineOf(['locations', 0, 'phone'])).toBe(4);
    expect(lineOf(['locations', 0, 'zip'])).toBe(3);
    expect(lineOf(['locations'])).toBe(3);
    expect(lineOf([])).toBe(2);
  });
});
