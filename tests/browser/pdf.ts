/**
 * The number of pages in a PDF Chromium printed: one page object ("/Type /Page") per sheet.
 * Chromium writes these dictionaries uncompressed, so counting them needs no PDF library.
 */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
