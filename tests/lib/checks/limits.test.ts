import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/checks/content-check';
import { formatProblem } from '@/lib/content/problem';
import { LANGUAGES } from '@/lib/i18n/languages';
import { contentFixture } from '@/tests/fixtures/content-fixture';
import { FIXTURE_SOURCE_TEXT, fixtureLines, type FixtureCheck } from '@/tests/fixtures/fixture-lines';
import { temporaryContent } from '@/tests/fixtures/temporary-content';

const SOURCE_TEXT = FIXTURE_SOURCE_TEXT;

/** The error lines the check prints about one file of a fixture folder. */
const linesAbout = (fixture: string, fileName: string, check: FixtureCheck = {}) => fixtureLines(fixture, fileName, { ...check, severity: 'error' });

const DEEP_CONTAINERS =
  'error: the lists and quotes here are nested more than 40 levels deep. Lists may be nested 4 levels deep and quotes 3: remove the extra "-", "*", "+", "1." and ">" marks and the indentation at the start of the line.';

describe('checkContent: how deep Markdown may nest', () => {
  it('refuses a line of 850 list markers at its line, before anything parses it', async () => {
    expect(await linesAbout('deep-list', 'after-effects.md')).toEqual([`tests/fixtures/content/deep-list/after-effects.md:10: ${DEEP_CONTAINERS}`]);
  });

  it('refuses 3,000 quote marks at their line', async () => {
    expect(await linesAbout('deep-quote', 'after-effects.md')).toEqual([`tests/fixtures/content/deep-quote/after-effects.md:10: ${DEEP_CONTAINERS}`]);
  });

  it('names the list, the quote and the emphasis one level past their limits (4, 3 and 3), each where it goes past', async () => {
    expect(await linesAbout('nesting-past-limits', 'after-effects.md')).toEqual([
      'tests/fixtures/content/nesting-past-limits/after-effects.md:14: error: this list is nested 5 levels deep, inside other lists. Keep lists to 4 levels or fewer: deeper lists are hard to follow, above all on a phone. Move its items up a level, or split the list.',
      'tests/fixtures/content/nesting-past-limits/after-effects.md:19: error: this quote is nested 4 levels deep, inside other quotes. Keep quotes to 3 levels or fewer: remove the extra ">" marks at the start of its lines.',
      'tests/fixtures/content/nesting-past-limits/after-effects.md:21: error: this emphasis is nested 4 levels deep (italic, bold and struck-through text inside each other). Keep it to 3 levels or fewer: remove the extra *, _ or ~ marks.',
    ]);
  });
});

describe('checkContent: what the build would stop on, found first', () => {
  it("names the title's line when the staff page's email about the page would be too long a link, and how much to cut", async () => {
    expect(await linesAbout('staff-email-too-long', 'after-effects.md')).toEqual([
      "tests/fixtures/content/staff-email-too-long/after-effects.md:2: error: the staff page's email about this page makes a link of 2970 characters, and some email apps cut links of 2000 characters or more. Shorten the title or the description until the link is 971 characters shorter: in the link, the title is written twice, each space takes 3 characters and each letter like é or € takes 6 to 9.",
    ]);
  });

  it('refuses a report address longer than email allows, quoting only its start', async () => {
    expect(await linesAbout('contact-address-too-long', 'contact.yaml')).toEqual([
      `tests/fixtures/content/contact-address-too-long/contact.yaml:3: error: "problemReports" has 10021 characters, 10000 of them before the "@"; an email address has at most 254, and at most 64 before the "@". Shorten it (got "${'a'.repeat(80)}…").`,
    ]);
  });
});

describe('checkContent: messages an editor can read', () => {
  it('puts front matter errors on their lines, with a line break shown as \\n and a 59 kB value cut to 80 characters', async () => {
    expect(await linesAbout('quoted-values', 'after-effects.md')).toEqual([
      'tests/fixtures/content/quoted-values/after-effects.md:4: error: "order" must be a whole number like 3 (got "three\\nor four").',
      `tests/fixtures/content/quoted-values/after-effects.md:5: error: "contraindicationsSection" must be a section's address without the #, like what-you-may-feel-afterwards (got "${'2025-07-22 '.repeat(7)}202…").`,
    ]);
  });

  it('never suggests a file refused for its name as a page to translate', async () => {
    const report = await checkContent({
      contentDir: contentFixture('refused-file-name-not-suggested'),
      today: '2025-01-15',
      languages: LANGUAGES,
    });
    expect(report.problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([
      'tests/fixtures/content/refused-file-name-not-suggested/availability.md: error: has no translation in tests/fixtures/content/refused-file-name-not-suggested/es/. Add a page there with "translationOf: availability" in its front matter, translated from this one.',
      'tests/fixtures/content/refused-file-name-not-suggested/Benefits.md: error: the file name becomes the page address, so it must use only lowercase letters, numbers and single hyphens, like after-effects.md.',
      'tests/fixtures/content/refused-file-name-not-suggested/es/disponibilidad.md:6: error: "translationOf" names "availabilty", but there is no English article with that file name. Write the file name of the English page this page translates, without .md: after-effects, availability, what-is-dry-needling.',
    ]);
  });
});

describe('checkContent: the same limits on a translated page', () => {
  /** The error lines about es/efectos.md once `edit` has changed its text. */
  async function spanishErrors(edit: (text: string) => string): Promise<{ lines: string[]; file: string }> {
    const content = temporaryContent('translations');
    const filePath = path.join(content.dir, 'es/efectos.md');
    writeFileSync(filePath, edit(readFileSync(filePath, 'utf8')));
    const report = await checkContent({ contentDir: content.dir, today: '2025-01-15', sourceText: SOURCE_TEXT, languages: LANGUAGES });
    const file = content.shown('es/efectos.md');
    return { file, lines: report.problems.filter((problem) => problem.file === file && problem.severity === 'error').map(formatProblem) };
  }

  it('names the line of a title over 70 characters', async () => {
    const { file, lines } = await spanishErrors((text) => text.replace(/^title: .*$/m, `title: ${'é'.repeat(71)}`));
    expect(lines).toEqual([`${file}:2: error: "title" is too long for a page title: keep it to 70 characters or fewer (it has 71).`]);
  });

  it("names the title's line when the email about the page would be too long", async () => {
    const { file, lines } = await spanishErrors((text) =>
      text
        .replace(/^title: .*$/m, `title: ${'€'.repeat(70)}`)
        .replace(/^description: .*$/m, `description: ${'€'.repeat(160)}`),
    );
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${file}:2: error: the staff page's email about this page makes a link of \\d+ characters`)));
  });
});
