import { describe, expect, it } from 'vitest';
import { problemLine } from '@/lib/content/problem';
import { clipped, decodeUtf8, invisibleCharacterProblem } from '@/lib/content/text-rules';

const FILE = 'content/benefits.md';

function refusal(text: string): string | undefined {
  const problem = invisibleCharacterProblem(FILE, text);
  return problem && problemLine(problem);
}

describe('invisibleCharacterProblem', () => {
  it.each([
    ['\u200b', 'U+200B (zero-width space)'],
    ['\u200d', 'U+200D (zero-width joiner)'],
    ['\u202e', 'U+202E (right-to-left override)'],
    ['\u2066', 'U+2066 (left-to-right isolate)'],
    ['\u2060', 'U+2060 (word joiner)'],
    ['\u2028', 'U+2028 (line separator)'],
    ['\ufeff', 'U+FEFF (byte order mark)'],
    ['\ufffd', 'U+FFFD (replacement character)'],
    ['\u0000', 'U+0000 (control character)'],
    ['\u001b', 'U+001B (control character)'],
    ['\u0085', 'U+0085 (control character)'],
    ['\r', 'U+000D (control character)'],
  ])('refuses %j, naming it by code point and line, with what to do', (character, named) => {
    expect(refusal(`---\ntitle: Dry${character} needling\n---\n`)).toBe(
      `${FILE}:2: has the invisible character ${named}, which can hide or reverse text on the page. Delete it: retype the words around it, or paste them as plain text.`,
    );
  });

  it('names the first one and the line of another', () => {
    expect(refusal('a\u200b\nb\u202e\n')).toBe(
      `${FILE}:1: has the invisible character U+200B (zero-width space), which can hide or reverse text on the page. Delete it: retype the words around it, or paste them as plain text. Line 2 has one too.`,
    );
  });

  it('names the first one and the lines of the others, once each', () => {
    expect(refusal('a\nb\u200b\nc\u202e\u202e\nd\ne\u2069\n')).toBe(
      `${FILE}:2: has the invisible character U+200B (zero-width space), which can hide or reverse text on the page. Delete it: retype the words around it, or paste them as plain text. Lines 3, 5 have such characters too.`,
    );
  });

  it('accepts tabs, line ends of any system, accents, the no-break space, the soft hyphen and curly quotes', () => {
    expect(refusal('title:\t“Punción seca”\r\nniño\u00a0años, electro\u00adestimulación\n')).toBeUndefined();
  });
});

describe('decodeUtf8', () => {
  it('reads UTF-8 and drops a byte order mark at the very start', () => {
    expect(decodeUtf8(FILE, new TextEncoder().encode('\ufefftitle: Punción\n'))).toEqual({ text: 'title: Punción\n' });
  });

  it('refuses a byte that is not UTF-8 with its line, instead of showing "�"', () => {
    const bytes = Buffer.concat([Buffer.from('---\ntitle: Punci'), Buffer.from([0xf3]), Buffer.from('n seca\n---\n')]);
    const decoded = decodeUtf8(FILE, bytes);
    expect('problem' in decoded && problemLine(decoded.problem)).toBe(
      `${FILE}:2: has a character that is not UTF-8 text (the file was probably saved as "Western" or "Windows-1252"). Save it again as UTF-8 and check the accented letters on this line.`,
    );
  });

  it('finds a character cut off at the very end of the file', () => {
    const decoded = decodeUtf8(FILE, Buffer.concat([Buffer.from('a\nb\nc'), Buffer.from([0xc3])]));
    expect('problem' in decoded && decoded.problem.line).toBe(3);
  });
});

describe('clipped', () => {
  it('keeps a value of 80 characters and cuts a longer one to its first 80, then "…"', () => {
    expect(clipped('a'.repeat(80))).toBe('a'.repeat(80));
    expect(clipped('a'.repeat(81))).toBe(`${'a'.repeat(80)}…`);
  });
});
