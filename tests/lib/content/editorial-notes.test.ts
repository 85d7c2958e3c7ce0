import { rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/content-error';
import { problemLine } from '@/lib/content/problem';
import { loadEditorialNotes, parseEditorialNotes } from '@/lib/content/editorial-notes';
import { contentFixture, refusalOf } from '@/tests/fixtures/content-fixture';
import { temporaryContent } from '@/tests/fixtures/temporary-content';

const FILE = 'content/editorial-notes.yaml';
const FIELDS = 'Use only quote, page, siteSays, why and askTheClinic.';

/** One note as an editor writes it, with the fields given replacing the usual ones (null leaves a field out). */
function note(fields: Record<string, string | null> = {}): string {
  const all: Record<string, string | null> = {
    quote: 'lateral elbow pain from golfing',
    page: 'what-it-treats',
    siteSays: 'Pain on the outer side of the elbow from golfing',
    why: 'Lateral means the outer side.',
    askTheClinic: "Did the article mean tennis elbow or golfer's elbow?",
    ...fields,
  };
  const lines = Object.entries(all)
    .filter(([, value]) => value !== null)
    .map(([field, value]) => `    ${field}: ${value}`);
  return `  - ${lines.join('\n').trimStart()}`;
}

function problemsOf(source: string): readonly string[] {
  try {
    parseEditorialNotes(source, FILE);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(problemLine);
    throw error;
  }
  throw new Error('expected the editorial notes to be refused');
}

describe('parseEditorialNotes with valid notes', () => {
  it('reads each note with the label messages use and the lines of its quote, page and siteSays', () => {
    const source = `# A comment line\nnotes:\n${note()}\n${note({ quote: 'As the treated has evolved', page: 'is-it-right-for-me' })}\n`;
    const { file, notes } = parseEditorialNotes(source, FILE);
    expect(file).toBe(FILE);
    expect(notes.map(({ label, quote, page, lines }) => [label, quote, page, lines])).toEqual([
      ['note 1', 'lateral elbow pain from golfing', 'what-it-treats', { quote: 3, page: 4, siteSays: 5 }],
      ['note 2', 'As the treated has evolved', 'is-it-right-for-me', { quote: 8, page: 9, siteSays: 10 }],
    ]);
  });

  it('keeps every field the editor wrote, with spaces around it trimmed', () => {
    const [first] = parseEditorialNotes(`notes:\n${note({ why: '"  Lateral means the outer side.  "' })}\n`, FILE).notes;
    expect(first).toMatchObject({
      siteSays: 'Pain on the outer side of the elbow from golfing',
      why: 'Lateral means the outer side.',
      askTheClinic: "Did the article mean tennis elbow or golfer's elbow?",
    });
  });

  it('accepts an empty list: an article clear everywhere needs no notes', () => {
    expect(parseEditorialNotes('notes: []\n', FILE).notes).toEqual([]);
  });
});

describe('parseEditorialNotes with mistakes, each named by line, note and field', () => {
  it('names a missing field of a note and shows a line to copy', () => {
    expect(problemsOf(`notes:\n${note()}\n${note({ askTheClinic: null })}\n`)).toEqual([
      `${FILE}:7: note 2: "askTheClinic" is missing. Add a line like: askTheClinic: Do you mean both blood disorders and bleeding disorders?`,
    ]);
  });

  it('names an empty field and a field that is not text', () => {
    expect(problemsOf(`notes:\n${note({ quote: '"  "', page: '12' })}\n`)).toEqual([
      `${FILE}:2: note 1: "quote" is empty. Write it like: quote: blood disorders vs. bleeding disorders`,
      `${FILE}:3: note 1: "page" must be text (got 12).`,
    ]);
  });

  it.each([['../../outside/x'], ['/etc/hostname'], ['What-It-Treats'], ['what-it-treats.md']])('refuses %j as a page: only a page name is ever looked for', (page) => {
    expect(problemsOf(`notes:\n${note({ page })}\n`)).toEqual([
      `${FILE}:3: note 1: "page" must be the file name of an English page without .md, like what-it-treats (got "${page}").`,
    ]);
  });

  it('quotes at most 80 characters of a value it refuses', () => {
    const page = `../${'a'.repeat(200)}`;
    expect(problemsOf(`notes:\n${note({ page })}\n`)).toEqual([
      `${FILE}:3: note 1: "page" must be the file name of an English page without .md, like what-it-treats (got "${page.slice(0, 80)}…").`,
    ]);
  });

  it('names each missing field with its own example', () => {
    expect(problemsOf(`notes:\n  - why: Lateral means the outer side.\n`)).toEqual([
      `${FILE}:2: note 1: "quote" is missing. Add a line like: quote: blood disorders vs. bleeding disorders`,
      `${FILE}:2: note 1: "page" is missing. Add a line like: page: who-should-not-have-dry-needling`,
      `${FILE}:2: note 1: "siteSays" is missing. Add a line like: siteSays: People with blood disorders or bleeding disorders`,
      `${FILE}:2: note 1: "askTheClinic" is missing. Add a line like: askTheClinic: Do you mean both blood disorders and bleeding disorders?`,
    ]);
  });

  it('names a field a note does not use, and lists the ones it does', () => {
    expect(problemsOf(`notes:\n${note({ author: 'Sam', date: '2024-07-22' })}\n`)).toEqual([
      `${FILE}:2: note 1 has a field this file does not use: "author", "date". ${FIELDS}`,
    ]);
  });

  it('says what a note must be when an entry is plain text', () => {
    expect(problemsOf(`notes:\n${note()}\n  - blood disorders vs. bleeding disorders\n`)).toEqual([
      `${FILE}:7: note 2 must be a note with the fields quote, page, siteSays, why and askTheClinic.`,
    ]);
  });

  it('asks for the notes list when it is missing or is not a list', () => {
    expect(problemsOf('note:\n  - quote: x\n')).toEqual([
      `${FILE}:1: "notes" is missing. Add a "notes:" list, one entry for each unclear phrase in the article.`,
      `${FILE}:1: has a field this file does not use: "note". Use only notes.`,
    ]);
    expect(problemsOf('notes: none\n')).toEqual([
      `${FILE}:1: "notes" must be a list, one entry (starting with "- ") for each unclear phrase in the article (got "none").`,
    ]);
  });

  it('asks for a "notes" list when the file is a list or plain text', () => {
    expect(problemsOf(`${note()}\n`)).toEqual([`${FILE}:1: must have a "notes" list.`]);
    expect(problemsOf('Some notes about the article\n')).toEqual([`${FILE}:1: must have a "notes" list.`]);
  });

  it('gives the line of a YAML mistake', () => {
    const problems = problemsOf(`notes:\n${note()}\n    quote: written twice\n`);
    expect(problems).toEqual([`${FILE}:7: a field is written twice. Keep one of the two lines.`]);
  });
});

describe('loadEditorialNotes', () => {
  it('reads content/editorial-notes.yaml, naming the file as editors see it', async () => {
    const loaded = await loadEditorialNotes(contentFixture('editorial-notes'));
    expect(loaded?.file).toBe('tests/fixtures/content/editorial-notes/editorial-notes.yaml');
    expect(loaded?.notes.map((each) => each.quote)).toEqual([
      'lateral elbow pain from golfing',
      'blood disorders versus bleeding disorders',
      'As the treated has evolved',
      "Today's approach is collaborative",
    ]);
  });

  it('has no notes, and no complaint, when the file does not exist', async () => {
    expect(await loadEditorialNotes(contentFixture('valid'))).toBeUndefined();
  });

  it('refuses a link in place of the file, like every content file', async () => {
    const content = temporaryContent('editorial-notes');
    rmSync(path.join(content.dir, 'editorial-notes.yaml'));
    symlinkSync('/etc/hostname', path.join(content.dir, 'editorial-notes.yaml'));
    expect(await refusalOf(loadEditorialNotes(content.dir), 'a link')).toEqual([
      `${content.shown('editorial-notes.yaml')}: is a link to another file, and links in content/ are never followed. Put the file itself here instead of the link.`,
    ]);
  });
});
