import QRCode from 'qrcode';

/** The light border a QR code needs around it to be read: four modules, as the QR standard (ISO/IEC 18004) asks. */
export const QUIET_ZONE = 4;

/** A QR code's squares ("modules"), row by row: true where the square is dark. */
export interface ModuleMatrix {
  /** Modules on each side, without the quiet zone. */
  readonly size: number;
  readonly isDark: (row: number, column: number) => boolean;
}

/** A QR code ready to draw: a square of `size` units with its quiet zone, and the dark modules as one SVG path. */
export interface QrCodeDrawing {
  readonly size: number;
  readonly path: string;
}

/**
 * The modules of the QR code for a text. Level M restores up to 15 % of the code, enough for a
 * fold or a smudge on a printed page while keeping the code small.
 */
export function qrModules(text: string): ModuleMatrix {
  // Stryker disable next-line ObjectLiteral,StringLiteral: M is the qrcode library's default level.
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, isDark: (row, column) => modules.get(row, column) === 1 };
}

/**
 * One SVG path that draws the dark modules, each run of dark modules in a row as one line one
 * unit thick (stroked along the middle of the row), shifted by the quiet zone. A line per run
 * rather than a square per module makes the page's HTML several times shorter.
 */
export function modulePath({ size, isDark }: ModuleMatrix, quietZone: number = QUIET_ZONE): string {
  const commands: string[] = [];
  // Stryker disable next-line EqualityOperator: outside the matrix no module is dark, so the extra row draws nothing.
  for (let row = 0; row < size; row += 1) {
    let penAt: number | undefined;
    let column = 0;
    while (column < size) {
      if (!isDark(row, column)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < size && isDark(row, column)) column += 1;
      const run = column - start;
      commands.push(penAt === undefined ? `M${start + quietZone} ${row + quietZone + 0.5}h${run}` : `m${start - penAt} 0h${run}`);
      penAt = column;
    }
  }
  return commands.join('');
}

/** The QR code that opens an address, ready for components/qr-code. */
export function drawQrCode(text: string): QrCodeDrawing {
  const modules = qrModules(text);
  return { size: modules.size + 2 * QUIET_ZONE, path: modulePath(modules) };
}
