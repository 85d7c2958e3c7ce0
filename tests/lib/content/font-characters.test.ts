import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontCharacters } from '@/lib/content/font-characters';

/** A font file holding only a cmap table with the given subtables, each as [platform, encoding, bytes]. */
function fontWithCmap(subtables: readonly (readonly [number, number, Uint8Array])[]): Uint8Array {
  const header = 4 + subtables.length * 8;
  const cmapLength = header + subtables.reduce((sum, [, , bytes]) => sum + bytes.length, 0);
  const font = new DataView(new ArrayBuffer(12 + 16 + cmapLength));
  font.setUint32(0, 0x00010000);
  font.setUint16(4, 1);
  [...'cmap'].forEach((letter, index) => font.setUint8(12 + index, letter.charCodeAt(0)));
  font.setUint32(12 + 8, 28);
  font.setUint32(12 + 12, cmapLength);
  font.setUint16(28 + 2, subtables.length);
  let offset = header;
  subtables.forEach(([platform, encoding, bytes], index) => {
    font.setUint16(28 + 4 + index * 8, platform);
    font.setUint16(28 + 6 + index * 8, encoding);
    font.setUint32(28 + 8 + index * 8, offset);
    new Uint8Array(font.buffer).set(bytes, 28 + offset);
    offset += bytes.length;
  });
  return new Uint8Array(font.buffer);
}

/** A format 4 subtable; each segment maps by a delta, or by the glyph ids listed (0 = no glyph). */
function format4(segments: readonly { start: number; end: number; delta: number; glyphs?: readonly number[] }[]): Uint8Array {
  const count = segments.length;
  const glyphs = segments.flatMap((segment) => segment.glyphs ?? []);
  const table = new DataView(new ArrayBuffer(14 + count * 8 + 2 + glyphs.length * 2));
  table.setUint16(0, 4);
  table.setUint16(2, table.byteLength);
  table.setUint16(6, count * 2);
  const rangeOffsets = 14 + count * 6 + 2;
  let glyphIndex = 0;
  segments.forEach((segment, index) => {
    table.setUint16(14 + index * 2, segment.end);
    table.setUint16(14 + count * 2 + 2 + index * 2, segment.start);
    table.setUint16(14 + count * 4 + 2 + index * 2, segment.delta & 0xffff);
    if (segment.glyphs) {
      const at = rangeOffsets + index * 2;
      table.setUint16(at, rangeOffsets + count * 2 + glyphIndex * 2 - at);
      segment.glyphs.forEach((glyph) => table.setUint16(rangeOffsets + count * 2 + glyphIndex++ * 2, glyph));
    }
  });
  return new Uint8Array(table.buffer);
}

function format12(groups: readonly { start: number; end: number; glyph: number }[]): Uint8Array {
  const table = new DataView(new ArrayBuffer(16 + groups.length * 12));
  table.setUint16(0, 12);
  table.setUint32(4, table.byteLength);
  table.setUint32(12, groups.length);
  groups.forEach((group, index) => {
    table.setUint32(16 + index * 12, group.start);
    table.setUint32(20 + index * 12, group.end);
    table.setUint32(24 + index * 12, group.glyph);
  });
  return new Uint8Array(table.buffer);
}

const sorted = (characters: ReadonlySet<number>) => [...characters].sort((a, b) => a - b);

describe('fontCharacters', () => {
  it('reads the characters of a format 4 map, whether mapped by a delta or by a list of glyphs', () => {
    const cmap = format4([
      { start: 0x41, end: 0x43, delta: -0x40 },
      { start: 0xe1, end: 0xe3, delta: 0, glyphs: [7, 0, 9] },
      { start: 0xffff, end: 0xffff, delta: 1 },
    ]);
    expect(sorted(fontCharacters(fontWithCmap([[3, 1, cmap]])))).toEqual([0x41, 0x42, 0x43, 0xe1, 0xe3]);
  });

  it('leaves out a character a delta maps to glyph 0, the "missing character" box', () => {
    const cmap = format4([
      { start: 0x30, end: 0x31, delta: -0x30 },
      { start: 0xffff, end: 0xffff, delta: 1 },
    ]);
    expect(sorted(fontCharacters(fontWithCmap([[3, 1, cmap]])))).toEqual([0x31]);
  });

  it('prefers the full-Unicode map (format 12), which reaches emoji, to the Basic Multilingual Plane one', () => {
    const basic = format4([{ start: 0x41, end: 0x41, delta: 1 }, { start: 0xffff, end: 0xffff, delta: 1 }]);
    const full = format12([{ start: 0x41, end: 0x42, glyph: 1 }, { start: 0x1f489, end: 0x1f489, glyph: 3 }]);
    expect(sorted(fontCharacters(fontWithCmap([[3, 1, basic], [3, 10, full]])))).toEqual([0x41, 0x42, 0x1f489]);
  });

  it('refuses a font with no Unicode map, rather than saying it draws nothing', () => {
    const symbols = format4([{ start: 0xf020, end: 0xf021, delta: 1 }, { start: 0xffff, end: 0xffff, delta: 1 }]);
    expect(() => fontCharacters(fontWithCmap([[3, 0, symbols]]))).toThrow('The font has no Unicode character map (cmap format 4 or 12).');
  });

  it('reads the link-preview font: English and Spanish letters and punctuation, no emoji, symbols or separators', () => {
    const characters = fontCharacters(readFileSync('fonts/Geist-Regular.ttf'));
    const has = (text: string) => [...text].filter((character) => characters.has(character.codePointAt(0) ?? 0)).join('');
    const spanishAndEnglish = 'AZaz09 áéíóúüñÁÉÍÓÚÜÑ¿?¡!.,;:()«»“”‘’"\'–—…-/&%';
    expect(has(spanishAndEnglish)).toBe(spanishAndEnglish);
    expect(has('💉✓\u2028\u2029\u00ad\u200b')).toBe('');
    expect(characters.size).toBe(726);
  });
});
