/** The margins a browser's print dialog starts with, so a PDF here has the sheets a person's printout has. */
export const PRINT_DIALOG_MARGINS = { top: '0.4in', right: '0.4in', bottom: '0.4in', left: '0.4in' } as const;

/**
 * The number of pages in a PDF Chromium printed: one page object ("/Type /Page") per sheet.
 * Chromium writes these dictionaries uncompressed, so counting them needs no PDF library.
 */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
