import { CONTENT_DIR } from '@/lib/content/content-paths';
import { contentVersion } from '@/lib/content/content-version';
import { formatProblem } from '@/lib/content/problem';
import { checkContent, formatReport, type ContentCheckOptions, type ContentReport } from './content-check';

/**
 * The content check as the editors' preview (`npm run dev`) runs it before showing a page:
 * as the build runs it (a passed review date only warns, as it cannot stop a build either),
 * and again only once a file in the content folder has changed.
 */
export function previewCheck(options: Omit<ContentCheckOptions, 'today' | 'build'> = {}): () => Promise<ContentReport> {
  const contentDir = options.contentDir ?? CONTENT_DIR;
  let last: { version: string; report: Promise<ContentReport> } | undefined;
  return async () => {
    const version = await contentVersion(contentDir);
    if (last?.version !== version) {
      const today = new Date().toISOString().slice(0, 10);
      last = { version, report: checkContent({ ...options, contentDir, today, build: true }) };
    }
    return last.report;
  };
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => ESCAPES[character] ?? character);
}

/** A plain English page with no script or style, so it reads the same in any browser. */
function plainPage(title: string, body: readonly string[]): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>`,
    // Stryker disable next-line StringLiteral: HTML parsers add this tag themselves, so every browser shows the page the same.
    '<body>',
    '<main>',
    ...body,
    // Stryker disable next-line StringLiteral: HTML parsers add this tag themselves, so every browser shows the page the same.
    '</main>',
    // Stryker disable next-line StringLiteral: HTML parsers add this tag themselves, so every browser shows the page the same.
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * What the preview shows instead of a page while the content has errors: each problem in the
 * words and `file:line` form of `npm run check:content`, and what to do. Never a stack trace.
 */
export function problemPage(report: ContentReport): string {
  const items = report.problems.map((problem) => `<li><code>${escapeHtml(formatProblem(problem))}</code></li>`);
  // Stryker disable next-line StringLiteral: split always returns at least one string.
  const summary = formatReport(report).split('\n').at(-1) ?? '';
  return plainPage('Content problems: the preview cannot show this page', [
    '<h1>The content has problems to fix</h1>',
    '<p>The site cannot be built until these are fixed. Each line names the file and line, and what to do; <code>npm run check:content</code> prints the same list.</p>',
    `<ol>${items.join('')}</ol>`,
    `<p>${escapeHtml(summary)}</p>`,
    '<p>Fix the file, save it, and reload this page.</p>',
  ]);
}

/**
 * What the preview shows at an address the content has no page for, such as that of an article
 * just renamed or removed. (Next's development server would answer it with an error of its own.)
 */
export function missingPage(address: string): string {
  return plainPage('No page at this address', [
    '<h1>No page at this address</h1>',
    `<p>There is no page at <code>${escapeHtml(address)}</code>. If you just renamed or removed its file, that is why; otherwise check the address.</p>`,
    '<p><a href="/">Go to the home page</a></p>',
  ]);
}
