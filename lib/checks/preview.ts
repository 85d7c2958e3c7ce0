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
 * The Host header of a request from a browser on this computer to the preview, which listens on
 * 127.0.0.1 only. Any other name reaching it is a page elsewhere that pointed its own name at this
 * computer (DNS rebinding), to read the drafts the preview shows: it gets no answer.
 */
export function isPreviewHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  const ports = port === 80 ? ['', ':80'] : [`:${port}`];
  return ['localhost', '127.0.0.1'].some((name) => ports.some((suffix) => host.toLowerCase() === `${name}${suffix}`));
}

/**
 * The Origin of a live-reload connection (a WebSocket), which browsers send even to the same
 * address: none (a tool on this computer), or a page of the preview itself. The browser lets any
 * page open such a connection, so this is what keeps another site's page from listening in.
 */
export function isPreviewOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  if (!URL.canParse(origin)) return false;
  const url = new URL(origin);
  return url.protocol === 'http:' && url.origin === origin && isPreviewHost(url.host, port);
}

/**
 * What app/ serves besides the pages and their link-preview images: the icons, sitemap.xml,
 * robots.txt and the host's _redirects (at /_redirects/ in Next's development server, which adds the "/").
 */
const SITE_FILES: readonly string[] = ['/icon.svg', '/favicon.ico', '/apple-icon.png', '/sitemap.xml', '/robots.txt', '/_redirects', '/_redirects/'];

/** An address in the one form URLs take on the wire, so that /es/diseño/ and /es/dise%C3%B1o/ are one address. */
function wireForm(address: string): string {
  return new URL(address, 'http://localhost').pathname;
}

/**
 * Whether the preview lets Next's development server answer an address: one of the site's
 * `addresses` (its pages and link-preview images, from the route table), a page's address without
 * its final "/" (Next sends the reader on to it), or a file that app/ serves. Anything else, such
 * as /package.json or /content/after-effects.md, is no page of the site, and Next's answer to it
 * would be its development error page, with a stack trace and the project's paths.
 */
export function isSiteAddress(pathname: string, addresses: Iterable<string>): boolean {
  const wanted = wireForm(pathname);
  const served = new Set([...addresses, ...SITE_FILES].map(wireForm));
  return served.has(wanted) || (!wanted.endsWith('/') && served.has(`${wanted}/`));
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

/**
 * What the preview shows when a page could not be made for an unexpected reason (Next's
 * development error page would show a stack trace and the project's paths): the terminal running
 * the preview has the error.
 */
export function failedPage(): string {
  return plainPage('The preview could not show this page', [
    '<h1>The preview could not show this page</h1>',
    '<p>The terminal running <code>npm run dev</code> says why.</p>',
  ]);
}
