import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, drawQrCode, modulePath, qrModules, type ModuleMatrix } from '@/lib/site/qr-code';

const ADDRESS = 'https://dryneedling.example.org/what-is-dry-needling/';

/**
 * The squares a path paints, read back the way an SVG renderer draws it: "M x y.5" or
 * "m dx 0" moves the pen to the middle of a row, "h n" paints n squares to its right.
 */
function paintedSquares(path: string): Set<string> {
  const painted = new Set<string>();
  let x = 0;
  let y = 0;
  for (const [, command, first, second] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    const a = Number(first);
    const b = Number(second);
    if (command === 'M') [x, y] = [a, b];
    else if (command === 'm') [x, y] = [x + a, y + b];
    else {
      for (let step = 0; step < a; step += 1) painted.add(`${x + step},${y - 0.5}`);
      x += a;
    }
  }
  return painted;
}

function darkSquares({ size, isDark }: ModuleMatrix, shift: number): Set<string> {
  const dark = new Set<string>();
  for (let row = 0; row < size; row += 1) for (let column = 0; column < size; column += 1) if (isDark(row, column)) dark.add(`${column + shift},${row + shift}`);
  return dark;
}

function matrixOf(rows: readonly string[]): ModuleMatrix {
  return { size: rows.length, isDark: (row, column) => rows[row]?.[column] === '#' };
}

describe('drawing a QR code as one SVG path', () => {
  it('paints exactly the dark squares of a small pattern, in rows, inside the quiet zone', () => {
    const pattern = matrixOf(['##.#', '....', '.###', '#..#']);
    expect(paintedSquares(modulePath(pattern))).toEqual(darkSquares(pattern, QUIET_ZONE));
    expect(paintedSquares(modulePath(pattern, 0))).toEqual(darkSquares(pattern, 0));
  });

  it('draws a run of dark squares as one stroke, and paints nothing for a light row', () => {
    expect(modulePath(matrixOf(['....', '.###', '....', '#..#']))).toBe('M5 5.5h3M4 7.5h1m2 0h1');
  });

  it("is a square of qrcode's modules plus a quiet zone of four on each side", () => {
    const { modules } = QRCode.create(ADDRESS, { errorCorrectionLevel: 'M' });
    expect(QUIET_ZONE).toBe(4);
    expect(drawQrCode(ADDRESS).size).toBe(modules.size + 8);
    expect(qrModules(ADDRESS).size).toBe(modules.size);
  });

  it("paints every dark module of qrcode's code for the address, and nothing else", () => {
    const { modules } = QRCode.create(ADDRESS, { errorCorrectionLevel: 'M' });
    const painted = paintedSquares(drawQrCode(ADDRESS).path);
    const expected = new Set<string>();
    for (let row = 0; row < modules.size; row += 1) {
      for (let column = 0; column < modules.size; column += 1) if (modules.get(row, column)) expected.add(`${column + 4},${row + 4}`);
    }
    expect(painted).toEqual(expected);
    // The quiet zone stays light: no square painted in the outer four rows or columns.
    const { size } = drawQrCode(ADDRESS);
    const outside = [...painted].map((square) => square.split(',').map(Number)).filter(([x = 0, y = 0]) => Math.min(x, y) < 4 || Math.max(x, y) >= size - 4);
    expect(outside).toEqual([]);
  });

  it('uses error correction level M, so a fold or smudge on paper can still be read', () => {
    // Level M needs a larger code than level L for the same address.
    const low = QRCode.create(ADDRESS, { errorCorrectionLevel: 'L' }).modules.size;
    const medium = QRCode.create(ADDRESS, { errorCorrectionLevel: 'M' }).modules.size;
    expect(medium).toBeGreaterThan(low);
    expect(qrModules(ADDRESS).size).toBe(medium);
  });

  it('gives a different code for a different address', () => {
    expect(drawQrCode(`${ADDRESS}#trigger-points`).path).not.toBe(drawQrCode(ADDRESS).path);
  });
});
