/**
 * The characters a TrueType or OpenType font can draw, read from its `cmap` table (the map
 * from Unicode code points to glyphs). Only the two subtable formats that carry Unicode in
 * practice are read: format 4 (the Basic Multilingual Plane) and format 12 (all of Unicode).
 * Spec: https://learn.microsoft.com/en-us/typography/opentype/spec/cmap
 */

/** Unicode subtables, best first: full Unicode (format 12) before the Basic Multilingual Plane (format 4). */
const UNICODE_ENCODINGS: readonly { platform: number; encoding: number; format: number }[] = [
  { platform: 3, encoding: 10, format: 12 },
  { platform: 0, encoding: 4, format: 12 },
  { platform: 0, encoding: 6, format: 12 },
  { platform: 3, encoding: 1, format: 4 },
  { platform: 0, encoding: 3, format: 4 },
];

function cmapOffset(font: DataView): number {
  const tableCount = font.getUint16(4);
  for (let index = 0; index < tableCount; index++) {
    const record = 12 + index * 16;
    const tag = String.fromCharCode(...[0, 1, 2, 3].map((byte) => font.getUint8(record + byte)));
    if (tag === 'cmap') return font.getUint32(record + 8);
  }
  throw new Error('The font has no cmap table, so it maps no character to a glyph.');
}

/** The code points of a format 4 subtable whose glyph is not glyph 0 (the "missing character" box). */
function format4(font: DataView, subtable: number, into: Set<number>): void {
  const segments = font.getUint16(subtable + 6) / 2;
  const ends = subtable + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let segment = 0; segment < segments; segment++) {
    const start = font.getUint16(starts + segment * 2);
    const end = font.getUint16(ends + segment * 2);
    const delta = font.getUint16(deltas + segment * 2);
    const rangeOffsetAt = rangeOffsets + segment * 2;
    const rangeOffset = font.getUint16(rangeOffsetAt);
    // The last segment maps U+FFFF, a non-character, to glyph 0 by rule.
    for (let codePoint = start; codePoint <= end && codePoint !== 0xffff; codePoint++) {
      const stored = rangeOffset === 0 ? codePoint : font.getUint16(rangeOffsetAt + rangeOffset + (codePoint - start) * 2);
      const glyph = rangeOffset !== 0 && stored === 0 ? 0 : (stored + delta) % 0x10000;
      if (glyph !== 0) into.add(codePoint);
    }
  }
}

function format12(font: DataView, subtable: number, into: Set<number>): void {
  const groups = font.getUint32(subtable + 12);
  for (let group = 0; group < groups; group++) {
    const record = subtable + 16 + group * 12;
    const start = font.getUint32(record);
    const end = font.getUint32(record + 4);
    const firstGlyph = font.getUint32(record + 8);
    for (let codePoint = start; codePoint <= end; codePoint++) {
      if (firstGlyph + (codePoint - start) !== 0) into.add(codePoint);
    }
  }
}

/** Every code point the font draws with a glyph of its own. */
export function fontCharacters(bytes: Uint8Array): ReadonlySet<number> {
  const font = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const cmap = cmapOffset(font);
  const records = Array.from({ length: font.getUint16(cmap + 2) }, (_, index) => {
    const record = cmap + 4 + index * 8;
    const subtable = cmap + font.getUint32(record + 4);
    return { platform: font.getUint16(record), encoding: font.getUint16(record + 2), format: font.getUint16(subtable), subtable };
  });
  for (const wanted of UNICODE_ENCODINGS) {
    const found = records.find((record) => record.platform === wanted.platform && record.encoding === wanted.encoding && record.format === wanted.format);
    if (!found) continue;
    const characters = new Set<number>();
    (found.format === 12 ? format12 : format4)(font, found.subtable, characters);
    return characters;
  }
  throw new Error('The font has no Unicode character map (cmap format 4 or 12).');
}
