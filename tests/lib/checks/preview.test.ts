import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hasErrors, type ContentReport } from '@/lib/checks/content-check';
import { formatProblem } from '@/lib/content/problem';
import { missingPage, previewCheck, problemPage } from '@/lib/checks/preview';
import { english } from '@/lib/i18n/languages/en';
import { temporaryContent } from '@/tests/fixtures/temporary-content';

const SOURCE_TEXT = 'tests/fixtures/source/dry-needling-article.txt';

const REPORT: ContentReport = {
  folder: 'content',
  files: ['content/benefits.md', 'content/availability.yaml'],
  problems: [
    { file: 'content/availability.yaml', line: 12, severity: 'error', message: 'states entry 1 (XX): "XX" is not a US state code. Use <the> two-letter & postal code.' },
    { file: 'content/benefits.md', line: undefined, severity: 'warning', message: 'the page reads at grade 7.2.' },
  ],
};

function decode(html: string): string {
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** A page any browser shows in standards mode, in English, at the phone's width, with its title in the tab and its words in main. */
function expectCompletePage(html: string, title: string) {
  const document = new JSDOM(html).window.document;
  expect(document.compatMode).toBe('CSS1Compat');
  expect(document.documentElement.lang).toBe('en');
  expect(document.characterSet).toBe('UTF-8');
  expect(document.querySelector('meta[name="viewport"]')?.getAttribute('content')).toBe('width=device-width, initial-scale=1');
  expect(document.title).toBe(title);
  expect(document.querySelector('main h1')).not.toBeNull();
  expect(html.endsWith('</html>\n')).toBe(true);
}

describe('the page the preview shows while the content has errors', () => {
  it('lists every problem in the words and file:line form of npm run check:content', () => {
    const html = problemPage(REPORT);
    const items = [...html.matchAll(/<li><code>(.*?)<\/code><\/li>/g)].map(([, item = '']) => decode(item));
    expect(items).toEqual(REPORT.problems.map(formatProblem));
    expect(items[0]).toBe('content/availability.yaml:12: error: states entry 1 (XX): "XX" is not a US state code. Use <the> two-letter & postal code.');
    // Nothing but the problems in the list, one per item.
    expect(new JSDOM(html).window.document.querySelector('ol')?.textContent).toBe(REPORT.problems.map(formatProblem).join(''));
    expect(html).toContain('Checked 2 files in content/: 1 error, 1 warning. Fix the errors before publishing.');
  });

  it('writes the editor\'s words as text, never as markup', () => {
    const html = problemPage(REPORT);
    expect(html).not.toContain('<the>');
    expect(html).toContain('Use &lt;the&gt; two-letter &amp; postal code.');
  });

  it('is a complete English page that says what to do, with no script', () => {
    const html = problemPage(REPORT);
    expectCompletePage(html, 'Content problems: the preview cannot show this page');
    expect(html).toContain('<h1>The content has problems to fix</h1>');
    expect(html).toContain('Fix the file, save it, and reload this page.');
    expect(html).toContain('<code>npm run check:content</code> prints the same list.');
    expect(html).not.toContain('<script');
  });
});

describe('the page the preview shows at an address with no page', () => {
  it('names the address as text and links to the home page', () => {
    const html = missingPage('/<b>renamed</b>/');
    expectCompletePage(html, 'No page at this address');
    expect(html).toContain('<h1>No page at this address</h1>');
    expect(html).toContain('<code>/&lt;b&gt;renamed&lt;/b&gt;/</code>');
    expect(html).toContain('<a href="/">Go to the home page</a>');
    expect(html).not.toContain('<script');
  });
});

describe('the content check of the preview', () => {
  // As under `npm run dev`, so the loaders behind the check read changed files again too.
  beforeEach(() => {
    vi.stubEnv('NODE_ENV', 'development');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('checks again once a file is saved, and not while nothing changes', async () => {
    const content = temporaryContent('valid');
    const check = previewCheck({ contentDir: content.dir, languages: [english], sourceText: SOURCE_TEXT });
    const first = await check();
    expect(hasErrors(first)).toBe(false);
    expect(await check()).toBe(first);

    const file = path.join(content.dir, 'after-effects.md');
    const original = readFileSync(file, 'utf8');
    const save = (text: string) => {
      writeFileSync(file, text);
      const later = new Date(Date.now() + 1000);
      utimesSync(file, later, later);
    };
    save(original.replace(/^order: .*$/m, 'order: second'));
    const broken = await check();
    expect(broken.problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([
      `${content.shown('after-effects.md')}:4: error: "order" must be a whole number like 3 (got "second").`,
    ]);

    save(original);
    expect(hasErrors(await check())).toBe(false);
  });

  it('runs as the build runs it: a review date that has passed only warns', async () => {
    const content = temporaryContent('valid');
    // The fixtures' next review (2025-07-22) has passed by the time this test runs.
    const report = await previewCheck({ contentDir: content.dir, languages: [english], sourceText: SOURCE_TEXT })();
    const review = report.problems.filter((problem) => problem.message.includes('review'));
    expect(review.length).toBeGreaterThan(0);
    expect(review.every((problem) => problem.severity === 'warning')).toBe(true);
    // Counted from today's date.
    const daysAgo = Math.round((Date.parse(new Date().toISOString().slice(0, 10)) - Date.parse('2025-07-22')) / 86_400_000);
    expect(review.map((problem) => problem.message)).toContain(
      `the review was due on July 22, 2025, ${daysAgo} days ago. Check the page against the clinic's article, then set "lastReviewed" to the day you checked it and "nextReview" to one year later.`,
    );
  });
});
