import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hasErrors, type ContentReport } from '@/lib/checks/content-check';
import { formatProblem } from '@/lib/content/problem';
import { failedPage, isPreviewHost, isPreviewOrigin, isSiteAddress, missingPage, previewCheck, problemPage } from '@/lib/checks/preview';
import { english, LANGUAGES } from '@/lib/i18n/languages';
import { temporaryContent } from '@/tests/fixtures/temporary-content';

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

describe('the page the preview shows when a page could not be made', () => {
  it('sends the reader to the terminal, with nothing of the error itself', () => {
    const html = failedPage();
    expectCompletePage(html, 'The preview could not show this page');
    expect(html).toContain('<h1>The preview could not show this page</h1>');
    expect(html).toContain('The terminal running <code>npm run dev</code> says why.');
    expect(html).not.toContain('<script');
  });
});

describe('the host names the preview answers', () => {
  it('answers localhost and 127.0.0.1 at its own port, as a browser on this computer asks', () => {
    expect(isPreviewHost('localhost:3000', 3000)).toBe(true);
    expect(isPreviewHost('LocalHost:3000', 3000)).toBe(true);
    expect(isPreviewHost('127.0.0.1:3000', 3000)).toBe(true);
    // Browsers leave out port 80.
    expect(isPreviewHost('localhost', 80)).toBe(true);
    expect(isPreviewHost('localhost:80', 80)).toBe(true);
  });

  it('refuses any other name, another port, and a request that names none', () => {
    for (const host of ['evil.example', 'evil.example:3000', 'localhost.evil.example:3000', 'localhost:3001', 'localhost', '127.0.0.2:3000', '[::1]:3000', 'localhost:3000.evil.example', '']) {
      expect(isPreviewHost(host, 3000), host).toBe(false);
    }
    expect(isPreviewHost(undefined, 3000)).toBe(false);
  });

  it('lets a live-reload connection come from the preview\'s own pages or from no page, never from another site', () => {
    expect(isPreviewOrigin(undefined, 3000)).toBe(true);
    expect(isPreviewOrigin('http://localhost:3000', 3000)).toBe(true);
    expect(isPreviewOrigin('http://127.0.0.1:3000', 3000)).toBe(true);
    for (const origin of ['http://evil.example', 'https://localhost:3000', 'http://localhost:3001', 'http://localhost:3000/page', 'null', '']) {
      expect(isPreviewOrigin(origin, 3000), origin).toBe(false);
    }
  });
});

describe('the addresses the preview lets Next answer', () => {
  const addresses = ['/', '/after-effects/', '/es/disponibilidad/', '/es/diseño/', '/og/after-effects.png'];

  it('lets through the site\'s pages and images, and the files app/ serves', () => {
    for (const pathname of ['/', '/after-effects/', '/es/disponibilidad/', '/es/dise%C3%B1o/', '/og/after-effects.png', '/icon.svg', '/favicon.ico', '/apple-icon.png', '/sitemap.xml', '/robots.txt', '/_redirects', '/_redirects/']) {
      expect(isSiteAddress(pathname, addresses), pathname).toBe(true);
    }
  });

  it('lets through a page\'s address without its final slash, which Next completes', () => {
    expect(isSiteAddress('/after-effects', addresses)).toBe(true);
    expect(isSiteAddress('/og/after-effects.png/', addresses)).toBe(false);
  });

  it('keeps Next from answering for the project\'s own files or any other address', () => {
    for (const pathname of ['/package.json', '/.env', '/content/after-effects.md', '/node_modules/next/package.json', '/tsconfig.json', '/after-effects.md', '/renamed/', '/og/renamed.png', '/after-effects/x/', '/app/icon.svg']) {
      expect(isSiteAddress(pathname, addresses), pathname).toBe(false);
    }
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
    const check = previewCheck({ contentDir: content.dir, languages: [english] });
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

  it('survives a named pipe, a link and a file that is not UTF-8 saved into the content folder, and lists each', async () => {
    const content = temporaryContent('valid');
    const at = (name: string) => path.join(content.dir, name);
    rmSync(at('source.yaml'));
    execFileSync('mkfifo', [at('source.yaml')]);
    rmSync(at('contact.yaml'));
    symlinkSync('/etc/hostname', at('contact.yaml'));
    writeFileSync(at('after-effects.md'), Buffer.concat([Buffer.from('---\ntitle: Caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')]));
    const report = await previewCheck({ contentDir: content.dir, languages: [english] })();
    expect(report.problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([
      `${content.shown('after-effects.md')}:2: error: has a character that is not UTF-8 text (the file was probably saved as "Western" or "Windows-1252"). Save it again as UTF-8 and check the accented letters on this line.`,
      `${content.shown('contact.yaml')}: error: is a link to another file, and links in content/ are never followed. Put the file itself here instead of the link.`,
      `${content.shown('source.yaml')}: error: is not a normal file. Replace it with the file itself.`,
    ]);
    expect(problemPage(report)).not.toMatch(/^\s+at /m);
  });

  it('runs as the build runs it: a review that has passed its date, or no longer covers its page, only warns', async () => {
    const content = temporaryContent('reviews');
    const page = path.join(content.dir, 'after-effects.md');
    writeFileSync(page, readFileSync(page, 'utf8').replace('Most people feel fine', 'Most people feel great'));
    // The fixture's reviews (2024-07-22) were due again on 2025-07-22, long before this test runs.
    const report = await previewCheck({ contentDir: content.dir, languages: LANGUAGES })();
    const review = report.problems.filter((problem) => /^the (clinical |translation )?review (of|by)/.test(problem.message));
    expect(review.map((problem) => `${problem.file ?? ''}: ${problem.severity}: ${problem.message.split(' ').slice(0, 4).join(' ')}`)).toEqual([
      `${content.shown('after-effects.md')}: warning: the clinical review by`,
      `${content.shown('availability.md')}: warning: the review of 2024-07-22`,
      `${content.shown('es/disponibilidad.md')}: warning: the review of 2024-07-22`,
      `${content.shown('es/efectos.md')}: warning: the translation review by`,
      `${content.shown('es/que-es-la-puncion-seca.md')}: warning: the review of 2024-07-22`,
      `${content.shown('what-is-dry-needling.md')}: warning: the review of 2024-07-22`,
    ]);
  });
});
