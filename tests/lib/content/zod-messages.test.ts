import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { problemLine } from '@/lib/content/problem';
import { describeIssues, isoDateText, requiredText, shown, unknownFields } from '@/lib/content/zod-messages';

describe('shown: a value the editor typed, as a message shows it back', () => {
  it('puts text in quotes and writes anything else as YAML would read it', () => {
    expect(shown('July 2025')).toBe('"July 2025"');
    expect(shown(2025)).toBe('2025');
    expect(shown(true)).toBe('true');
    expect(shown(null)).toBe('null');
    expect(shown(['a', 1])).toBe('["a",1]');
    expect(shown({ date: '2025-07-22' })).toBe('{"date":"2025-07-22"}');
    expect(shown(undefined)).toBe('undefined');
  });

  it('shows text exactly as typed, quotes and backslashes included', () => {
    expect(shown('the "new" C:\\clinic')).toBe('"the "new" C:\\clinic"');
  });

  it('keeps a message on one line: a line break, tab or other control character is written as an escape', () => {
    expect(shown('three\nor four')).toBe('"three\\nor four"');
    expect(shown('a\tb\r\u0007')).toBe('"a\\tb\\r\\u0007"');
  });

  it('quotes at most 80 characters of a long value, then "…"', () => {
    expect(shown('x'.repeat(60_000))).toBe(`"${'x'.repeat(80)}…"`);
    expect(shown('€'.repeat(80))).toBe(`"${'€'.repeat(80)}"`);
    expect(shown(Array.from({ length: 10_000 }, () => 1))).toBe(`[${'1,'.repeat(39)}1…`);
  });
});

describe('unknownFields: fields a data file does not use', () => {
  it('names each one, then the fields the file does use', () => {
    expect(unknownFields(['colour', 'size'], 'code, status and note')).toBe(
      'has a field this file does not use: "colour", "size". Use only code, status and note.',
    );
  });
});

describe('describeIssues: one line per problem, naming the file and the field', () => {
  const schema = z.strictObject({
    title: requiredText('title', 'What is dry needling?'),
    published: isoDateText('published'),
    aliases: z.array(z.string({ error: 'must be text.' })).optional(),
  });

  it('names a field, and an entry of a list by its place', () => {
    const result = schema.safeParse({ title: '', published: '2024-07-22', aliases: ['ok', 3] });
    expect(result.success).toBe(false);
    expect(describeIssues('content/benefits.md', result.error as z.ZodError).map(problemLine)).toEqual([
      'content/benefits.md: "title" is empty. Write it like: title: What is dry needling?',
      'content/benefits.md: "aliases.1" must be text.',
    ]);
  });

  it('leaves the field out when the problem is with the whole front matter', () => {
    const result = schema.safeParse('title: What is dry needling?');
    expect(describeIssues('content/benefits.md', result.error as z.ZodError).map(problemLine)).toEqual([
      expect.stringMatching(/^content\/benefits\.md: [^"]/),
    ]);
  });

  it('tells a missing date from a wrong one', () => {
    const dates = z.object({ published: isoDateText('published') });
    const message = (value: unknown) => describeIssues('content/source.yaml', dates.safeParse({ published: value }).error as z.ZodError).map(problemLine);
    expect(message(undefined)).toEqual(['content/source.yaml: "published" is missing. Add a line like: published: 2024-07-22']);
    expect(message(20240722)).toEqual(['content/source.yaml: "published" must be a date like 2024-07-22 (got 20240722).']);
    expect(message('2024-7-22')).toEqual(['content/source.yaml: "published" must be a date like 2024-07-22 (got "2024-7-22").']);
  });

  it('puts each problem on the line of its field, and names a list entry the way its file does', () => {
    const notes = z.object({ notes: z.array(z.object({ quote: requiredText('quote', 'vs.') })) });
    const result = notes.safeParse({ notes: [{ quote: 'a' }, { quote: '' }] });
    const places = { lineOf: (path: readonly PropertyKey[]) => path.length * 10, entryLabel: (field: string, index: number) => `${field} entry ${index + 1}` };
    expect(describeIssues('content/editorial-notes.yaml', result.error as z.ZodError, places)).toEqual([
      { file: 'content/editorial-notes.yaml', line: 30, severity: 'error', message: 'notes entry 2: "quote" is empty. Write it like: quote: vs.' },
    ]);
  });
});
