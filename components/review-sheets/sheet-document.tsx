import type { ReactNode } from 'react';

/** Fits A4 and US Letter alike: margins rather than a paper size, rows never split across sheets. */
const PRINT_CSS = `
@page { margin: 14mm 12mm; }
body { font: 10.5pt/1.4 system-ui, sans-serif; color: #000; margin: 0 auto; max-width: 190mm; padding: 8mm 0; }
h1 { font-size: 15pt; margin: 0 0 2mm; }
.meta { margin: 0 0 4mm; }
.meta dt { font-weight: 600; float: left; clear: left; width: 34mm; }
.meta dd { margin: 0 0 1mm 36mm; word-break: break-word; }
table { width: 100%; border-collapse: collapse; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.6pt solid #555; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }
th { background: #eee; }
.kind { display: block; font-size: 8.5pt; color: #333; }
.tick { width: 12mm; text-align: center; }
.box { display: inline-block; width: 4.5mm; height: 4.5mm; border: 0.8pt solid #000; }
.missing { color: #555; font-style: italic; }
.passage { margin: 0 0 1.5mm; }
.sign { margin-top: 6mm; break-inside: avoid; page-break-inside: avoid; border: 0.8pt solid #000; padding: 3mm 4mm; }
.sign p { margin: 0 0 3mm; }
.line { display: inline-block; min-width: 60mm; border-bottom: 0.6pt solid #000; }
code { font-size: 9.5pt; }
@media print { body { padding: 0; max-width: none; } }
`;

/** One printable sheet: a whole HTML document, never published (npm run review-sheets). */
export function SheetDocument({ title, lang, children }: { title: string; lang: string; children: ReactNode }) {
  return (
    <html lang={lang}>
      {/* eslint-disable-next-line @next/next/no-head-element -- a whole document rendered by a script, never a page Next builds. */}
      <head>
        <meta charSet="utf-8" />
        <title>{title}</title>
        <style>{PRINT_CSS}</style>
      </head>
      <body>{children}</body>
    </html>
  );
}
