import { isUtf8 } from 'node:buffer';
import { errorAt, type Problem } from './problem';

/** The longest part of a value a message quotes back: enough to find it, never a whole paragraph. */
export const MAX_QUOTED_CHARACTERS = 80;

/** A value as a message quotes it: cut to MAX_QUOTED_CHARACTERS, with "…" where it was cut. */
export function clipped(value: string): string {
  const characters = Array.from(value);
  return characters.length <= MAX_QUOTED_CHARACTERS ? value : `${characters.slice(0, MAX_QUOTED_CHARACTERS).join('')}…`;
}

/**
 * Characters no page needs and an editor cannot see: they hide text, reverse it on screen
 * (U+202E shows "gpj.exe" as "exe.jpg"), or break words and searches without a trace.
 * None is kept for a language: English and Spanish need none of them (the soft hyphen U+00AD
 * and the no-break space U+00A0, which Spanish typography uses, are not in this list).
 */
const INVISIBLE: Readonly<Record<number, string>> = {
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2061: 'function application',
  0x2062: 'invisible times',
  0x2063: 'invisible separator',
  0x2064: 'invisible plus',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'byte order mark',
  0xfffd: 'replacement character',
};

/** "U+202E": a character as Unicode numbers it. */
function codePoint(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What a refused character is, in words, or undefined when the character is fine. */
function refusedCharacter(text: string, index: number): string | undefined {
  const code = text.codePointAt(index) ?? 0;
  if (code === 0x09 || code === 0x0a) return undefined;
  // A Windows line end (CR LF) is a line end; a carriage return on its own is not.
  if (code === 0x0d && text[index + 1] === '\n') return undefined;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return `${codePoint(code)} (control character)`;
  const name = INVISIBLE[code];
  return name === undefined ? undefined : `${codePoint(code)} (${name})`;
}

/** The line of the file a character is on, as an editor counts lines. */
function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

/** The characters that may be refused: controls, the C1 block and the invisible formatting ones above. */
const CANDIDATE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufffd\r]/g;

/**
 * The first character of a text file the site refuses, with its line and the lines of any
 * others, or undefined when there is none. A byte order mark at the very start (which some
 * Windows editors write) is no character of the text: the reader drops it before this check.
 */
export function invisibleCharacterProblem(file: string, text: string): Problem | undefined {
  const found: { index: number; what: string }[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const what = refusedCharacter(text, match.index);
    if (what !== undefined) found.push({ index: match.index, what });
  }
  const [first, ...others] = found;
  if (first === undefined) return undefined;
  const line = lineAt(text, first.index);
  const otherLines = [...new Set(others.map(({ index }) => lineAt(text, index)))].filter((other) => other !== line);
  const listed = `${otherLines.slice(0, 10).join(', ')}${otherLines.length > 10 ? ' and more' : ''}`;
  const more = otherLines.length === 0 ? '' : otherLines.length === 1 ? ` Line ${listed} has one too.` : ` Lines ${listed} have such characters too.`;
  return errorAt(
    file,
    line,
    `has the invisible character ${first.what}, which can hide or reverse text on the page. Delete it: retype the words around it, or paste them as plain text.${more}`,
  );
}

const LINE_FEED = 0x0a;

/**
 * The file's bytes as text, or the line of its first byte that is not UTF-8 (a file saved as
 * Latin-1 or Windows-1252, or cut in the middle of a character). It is never silently turned
 * into U+FFFD, which would show as "�" in a title.
 */
export function decodeUtf8(file: string, bytes: Uint8Array): { readonly text: string } | { readonly problem: Problem } {
  if (isUtf8(bytes)) {
    // A byte order mark at the very start, which some Windows editors write, is dropped here.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  }
  // A line feed byte is never part of a longer UTF-8 character, so each line is UTF-8 or not on its own.
  let start = 0;
  let line = 1;
  for (;;) {
    const end = bytes.indexOf(LINE_FEED, start);
    // The whole file is not UTF-8, so once every line before it is, the last line is not.
    if (end === -1 || !isUtf8(bytes.subarray(start, end))) break;
    start = end + 1;
    line += 1;
  }
  return {
    problem: errorAt(
      file,
      line,
      'has a character that is not UTF-8 text (the file was probably saved as "Western" or "Windows-1252"). Save it again as UTF-8 and check the accented letters on this line.',
    ),
  };
}
