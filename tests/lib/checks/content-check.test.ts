import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkContent,
  formatReport,
  hasErrors,
  readingLevelFinding,
  readingLevelProblem,
} from '@/lib/checks/content-check';
import { formatProblem } from '@/lib/content/problem';
import type { ReadingLevel } from '@/lib/checks/readability';
import { readingScales } from '@/lib/checks/reading-scales';
import { splitFrontMatter } from '@/lib/content/front-matter';
import { parseMarkdown } from '@/lib/content/markdown';
import { english } from '@/lib/i18n/languages';
import { contentFixture } from '@/tests/fixtures/content-fixture';
import { BEFORE_ANY_REVIEW, FIXTURE_SOURCE_TEXT, fixtureLines } from '@/tests/fixtures/fixture-lines';
import { temporaryContent } from '@/tests/fixtures/temporary-content';
import { BILLION_LAUGHS, nestedLists } from '@/tests/fixtures/yaml-attacks';

// The fixtures below are English only; translations have fixtures of their own.
const ENGLISH_ONLY = [english];

const SOURCE_TEXT = FIXTURE_SOURCE_TEXT;

function check(fixture: string, today = BEFORE_ANY_REVIEW, build = false, sourceText = SOURCE_TEXT) {
  return checkContent({ contentDir: contentFixture(fixture), today, build, sourceText, languages: ENGLISH_ONLY });
}

/** A Markdown file's body as the loader reads it: its tree, and the file line it starts on. */
function bodyOf(source: string) {
  const split = splitFrontMatter(source);
  return { tree: parseMarkdown(split.body), bodyStartLine: split.bodyStartLine };
}

/** The lines `npm run check:content` prints about one file of a fixture folder. */
function linesAbout(fixture: string, fileName: string, today = BEFORE_ANY_REVIEW, build = false): Promise<string[]> {
  return fixtureLines(fixture, fileName, { today, build });
}

/** Only the error lines: short fixture pages may also get a reading-level warning, tested on its own. */
async function errorsAbout(fixture: string, fileName: string): Promise<string[]> {
  return (await linesAbout(fixture, fileName)).filter((line) => line.includes(': error: '));
}

describe('checkContent: reading level', () => {
  it('fails a page above grade 8.0 and names its three hardest sentences with their lines', async () => {
    expect(await linesAbout('hard-to-read', 'what-is-dry-needling.md')).toEqual([
      'tests/fixtures/content/hard-to-read/what-is-dry-needling.md:8: error: the page reads at US school grade 15.2; patient pages must be grade 8.0 or lower. Use shorter sentences and everyday words, starting with the hardest: line 8 "Physical therapy is a versatile field that encompasses …" (grade 17.8), line 14 "Different from acupuncture, it is rooted in modern …" (grade 15.4), line 18 "These trigger points are hyperirritable spots in the …" (grade 13.9).',
    ]);
  });

  it('warns about a page between grade 6.0 and 8.0 and names its three hardest sentences', async () => {
    expect(await linesAbout('above-reading-target', 'what-is-dry-needling.md')).toEqual([
      'tests/fixtures/content/above-reading-target/what-is-dry-needling.md:12: warning: the page reads at US school grade 7.3; the target is grade 6.0 or lower. Use shorter sentences and everyday words, starting with the hardest: line 12 "Dry needling uses a thin needle without medicine …" (grade 12.3), line 19 "Trigger points are very easily irritated, and they …" (grade 10.1), line 14 "It targets muscles and connective tissue to decrease …" (grade 8.8).',
    ]);
  });
});

/** A page measured at `score`, with one sentence to name as the hardest. */
function pageScoring(score: number): ReadingLevel {
  return { score, words: 100, sentences: [{ text: 'La punción seca estimula los puntos gatillo musculares.', line: 12, score: 56.18 }] };
}

describe('readingLevelFinding: where the lines are', () => {
  const severity = (score: number, scale = readingScales.es) => readingLevelFinding(pageScoring(score), scale)?.severity;

  it('holds Spanish pages to a Fernández-Huerta score of 70 (warning) and 60 (error), compared as shown', () => {
    expect(severity(70)).toBeUndefined();
    expect(severity(69.96)).toBeUndefined(); // shown as 70.0
    expect(severity(69.9)).toBe('warning');
    expect(severity(60)).toBe('warning');
    expect(severity(59.96)).toBe('warning'); // shown as 60.0
    expect(severity(59.9)).toBe('error');
  });

  it('holds English pages to grade 6.0 (warning) and 8.0 (error), where lower reads easier', () => {
    expect(severity(6, readingScales.en)).toBeUndefined();
    expect(severity(6.1, readingScales.en)).toBe('warning');
    expect(severity(8, readingScales.en)).toBe('warning');
    expect(severity(8.1, readingScales.en)).toBe('error');
  });

  it('compares English grades as shown, to one decimal', () => {
    expect(severity(6.04, readingScales.en)).toBeUndefined(); // shown as 6.0
    expect(severity(6.06, readingScales.en)).toBe('warning'); // shown as 6.1
    expect(severity(8.04, readingScales.en)).toBe('warning'); // shown as 8.0
    expect(severity(8.06, readingScales.en)).toBe('error'); // shown as 8.1
  });

  it('quotes a sentence of eight words whole, and the first eight words of a longer one', () => {
    const level: ReadingLevel = {
      score: 9,
      words: 17,
      sentences: [
        { text: 'Trigger points are hyperirritable spots in skeletal muscle.', line: 3, score: 16 },
        { text: 'Trigger points are hyperirritable spots in the skeletal muscle.', line: 4, score: 15 },
      ],
    };
    expect(readingLevelFinding(level, readingScales.en)?.message).toBe(
      'the page reads at US school grade 9.0; patient pages must be grade 8.0 or lower. Use shorter sentences and everyday words, starting with the hardest: line 3 "Trigger points are hyperirritable spots in skeletal muscle." (grade 16.0), line 4 "Trigger points are hyperirritable spots in the skeletal …" (grade 15.0).',
    );
  });

  it('says nothing about a page without sentences', () => {
    expect(readingLevelFinding({ score: 0, words: 0, sentences: [] }, readingScales.es)).toBeUndefined();
  });

  it('words the Spanish error with the score to reach', () => {
    expect(readingLevelFinding(pageScoring(52.5), readingScales.es)).toEqual({
      line: 12,
      severity: 'error',
      message:
        'the page scores 52.5 on the Fernández-Huerta scale (Spanish); patient pages must score 60 or more. Use shorter sentences and everyday words, starting with the hardest: line 12 "La punción seca estimula los puntos gatillo musculares." (score 56.2).',
    });
  });
});

describe('readingLevelProblem in Spanish', () => {
  it('warns about a Spanish page below 70 and names its hardest sentences, lowest score first, with their file lines', () => {
    // 23 words, 51 syllables, 3 sentences: 206.84 − 0.60 × 221.74 − 1.02 × 7.67 = 65.98. On their
    // own the sentences score 45.74 (line 5), 82.64 (line 6) and 56.18 (line 8).
    const source = [
      '---',
      'title: Qué es la punción seca',
      '---',
      '',
      'El fisioterapeuta revisa su cuerpo.',
      'Después decide con usted si la punción seca puede ayudar.',
      '',
      'La punción seca estimula los puntos gatillo musculares.',
    ].join('\n');
    const problem = readingLevelProblem('content/es/que-es-la-puncion-seca.md', bodyOf(source), readingScales.es);
    expect(problem && formatProblem(problem)).toBe(
      'content/es/que-es-la-puncion-seca.md:5: warning: the page scores 66.0 on the Fernández-Huerta scale (Spanish); the target is 70 or more. Use shorter sentences and everyday words, starting with the hardest: line 5 "El fisioterapeuta revisa su cuerpo." (score 45.7), line 8 "La punción seca estimula los puntos gatillo musculares." (score 56.2), line 6 "Después decide con usted si la punción seca …" (score 82.6).',
    );
  });
});

describe('readingLevelProblem on a page of short sentences only', () => {
  it('names the file without a line, and no sentence to start with, since none is long enough to rank', () => {
    const source = ['---', 'title: Terms', '---', '', 'Physiotherapists evaluate musculoskeletal dysfunction.', '', '- Contraindications', ''].join('\n');
    const problem = readingLevelProblem('content/terms.md', bodyOf(source), readingScales.en);
    expect(problem && formatProblem(problem)).toBe(
      'content/terms.md: error: the page reads at US school grade 42.0; patient pages must be grade 8.0 or lower. Use shorter sentences and everyday words.',
    );
  });
});

describe('checkContent: structure', () => {
  it('shows front matter schema errors', async () => {
    expect(await errorsAbout('description-too-long', 'who-should-not-have-dry-needling.md')).toEqual([
      'tests/fixtures/content/description-too-long/who-should-not-have-dry-needling.md:3: error: "description" must be 160 characters or fewer, because search results cut it off (it has 161). Shorten it.',
    ]);
  });

  it('refuses a level-1 heading in the body, because the title comes from the front matter', async () => {
    expect(await errorsAbout('second-page-title', 'what-is-dry-needling.md')).toEqual([
      'tests/fixtures/content/second-page-title/what-is-dry-needling.md:8: error: the heading "# What is dry needling?" is a second page title; the title comes from "title". Start sections with ## instead.',
    ]);
  });

  it('refuses a heading that skips a level', async () => {
    expect(await errorsAbout('skipped-heading-level', 'what-happens-at-a-visit.md')).toEqual([
      'tests/fixtures/content/skipped-heading-level/what-happens-at-a-visit.md:14: error: the heading "#### You decide if you want it" skips a level: the heading before it is level 2. Use ### instead, so the outline has no gaps.',
    ]);
  });

  it('refuses an image without a description', async () => {
    expect(await errorsAbout('image-without-alt', 'after-effects.md')).toEqual([
      'tests/fixtures/content/image-without-alt/after-effects.md:10: error: the image "/images/needle-in-shoulder.jpg" has no description. Write what it shows between the square brackets, like ![A physical therapist holding a thin needle](/images/needle-in-shoulder.jpg), for readers who cannot see it.',
    ]);
  });

  it('refuses a link to a page that does not exist', async () => {
    expect(await errorsAbout('broken-link', 'after-effects.md')).toEqual([
      'tests/fixtures/content/broken-link/after-effects.md:14: error: the link "/benefit/" points to a page that does not exist. Pages on this site: /, /after-effects/, /locations/.',
    ]);
  });

  it('refuses a link to a section that does not exist', async () => {
    expect(await errorsAbout('broken-anchor', 'after-effects.md')).toEqual([
      'tests/fixtures/content/broken-anchor/after-effects.md:15: error: the link "#when-to-call" points to a section "#when-to-call" that /after-effects/ does not have. Sections there: #what-you-may-feel-afterwards, #main-content, #talk-to-your-physical-therapist, #dry-needling-by-state.',
    ]);
  });

  it('refuses two articles with the same title', async () => {
    expect(await errorsAbout('repeated-title', 'benefits.md')).toEqual([
      'tests/fixtures/content/repeated-title/benefits.md: error: "title" is the same as in tests/fixtures/content/repeated-title/after-effects.md. Give each article its own title, so readers can tell them apart.',
    ]);
  });

  it('refuses two articles with the same description', async () => {
    expect(await errorsAbout('repeated-description', 'benefits.md')).toEqual([
      'tests/fixtures/content/repeated-description/benefits.md: error: "description" is the same as in tests/fixtures/content/repeated-description/after-effects.md. Give each article its own description, so readers can tell them apart.',
    ]);
  });
});

describe('checkContent: availability data', () => {
  it('refuses an unknown status', async () => {
    expect(await errorsAbout('availability-unknown-status', 'availability.yaml')).toEqual([
      'tests/fixtures/content/availability-unknown-status/availability.yaml:66: error: states entry 44 (TX): "status" must be not-available (the clinic\'s article says dry needling is not available there) or not-stated (the article does not name the state) (got "maybe").',
    ]);
  });

  it('tells an editor with the old form of the file what to write instead', async () => {
    expect(await errorsAbout('availability-old-form', 'availability.yaml')).toEqual([
      expect.stringMatching(/^tests\/fixtures\/content\/availability-old-form\/availability\.yaml:12: error: "lastChecked" is no longer used: .* write the day they did it instead, like checked: 2025-03-04$/),
      expect.stringMatching(/^tests\/fixtures\/content\/availability-old-form\/availability\.yaml:15: error: "status: available" is no longer used .* Write status: not-stated instead, on every line that has it\. /),
    ]);
  });

  it('refuses a state listed twice', async () => {
    expect(await errorsAbout('availability-listed-twice', 'availability.yaml')).toEqual([
      'tests/fixtures/content/availability-listed-twice/availability.yaml:59: error: states entry 37 (OH): Ohio is listed twice (also entry 36). Keep one of the two lines.',
    ]);
  });
});

describe('checkContent: locations data', () => {
  it("refuses a location offering dry needling in a state where the clinic's article says it is not available", async () => {
    expect(await errorsAbout('location-in-unavailable-state', 'locations.yaml')).toEqual([
      'tests/fixtures/content/location-in-unavailable-state/locations.yaml:14: error: "Harbor Physical Therapy" is in California, where the clinic\'s article says dry needling is not available (tests/fixtures/content/location-in-unavailable-state/availability.yaml). ' +
        'Set offersDryNeedling: false. If the clinic now offers it in California, ask the clinic to correct its article first, then change CA to status: not-stated in tests/fixtures/content/location-in-unavailable-state/availability.yaml.',
    ]);
  });

  it('checks the locations only once the availability data they are checked against is right', async () => {
    const report = await check('availability-listed-twice');
    expect(report.problems.filter((problem) => problem.file?.endsWith('locations.yaml'))).toEqual([]);
    expect(report.files.filter((file) => file.endsWith('.yaml'))).toEqual([
      'tests/fixtures/content/availability-listed-twice/availability.yaml',
      'tests/fixtures/content/availability-listed-twice/source.yaml',
      'tests/fixtures/content/availability-listed-twice/contact.yaml',
      'tests/fixtures/content/availability-listed-twice/clinic.yaml',
    ]);
  });
});

describe("checkContent: the clinic's article and the editorial notes", () => {
  const notes = 'tests/fixtures/content/editorial-notes/editorial-notes.yaml';

  it('checks each quote is still in the article and each chosen wording still on its page, naming the line to fix', async () => {
    expect(await linesAbout('editorial-notes', 'editorial-notes.yaml')).toEqual([
      `${notes}:9: error: note 2 quotes "blood disorders versus bleeding disorders", but the clinic's article (${SOURCE_TEXT}) does not have these words. Copy them exactly as the article writes them. If the article has changed, check the page against it, then update or remove the note.`,
      `${notes}:16: error: note 3: "page" is "is-it-right-for-me", but there is no tests/fixtures/content/editorial-notes/is-it-right-for-me.md. Write the file name of the page without .md, like what-it-treats.`,
      `${notes}:23: error: note 4: tests/fixtures/content/editorial-notes/what-it-treats.md no longer says "You and your physical therapist work together as a team.". If the page was reworded, check that the new words still read the article as this note explains, then copy them into "siteSays".`,
    ]);
  });

  it('accepts a quote written with straight quotes where the article has curly ones, and a wording with emphasis on the page', async () => {
    const lines = await linesAbout('editorial-notes', 'editorial-notes.yaml');
    expect(lines.filter((line) => /note [14]\b.*quotes/.test(line))).toEqual([]);
    expect(lines.filter((line) => line.includes('note 1'))).toEqual([]);
  });

  /** The editorial-notes fixture with two right notes, checked against an article written as `article`. */
  async function notesProblems(article: string, page?: string) {
    const content = temporaryContent('editorial-notes');
    const note = (quote: string, siteSays: string) =>
      [`  - quote: '${quote}'`, '    page: what-it-treats', `    siteSays: ${siteSays}`, '    why: Why.', '    askTheClinic: Is this right?'].join('\n');
    writeFileSync(
      path.join(content.dir, 'editorial-notes.yaml'),
      ['notes:', note('lateral elbow pain from golfing', 'Pain on the outer side of the elbow'), note('"Ask your physical therapist"', 'Neck and back pain')].join('\n') + '\n',
    );
    if (page !== undefined) writeFileSync(path.join(content.dir, 'what-it-treats.md'), page);
    const sourceText = path.join(content.dir, 'article.txt');
    writeFileSync(sourceText, article);
    const report = await checkContent({ contentDir: content.dir, today: BEFORE_ANY_REVIEW, sourceText, languages: ENGLISH_ONLY });
    return report.problems.filter((problem) => [content.shown('editorial-notes.yaml'), content.shown('what-it-treats.md')].includes(problem.file ?? '')).map(formatProblem);
  }

  it('finds a quote the article breaks over two lines, or writes with curly double quotes', async () => {
    const article = 'All July 22, 2024\n\nDry needling in physical therapy\n\nSome injuries include lateral elbow\n    pain from golfing. “Ask your physical therapist” first.\n';
    expect(await notesProblems(article)).toEqual([]);
  });

  it('reports only the front matter of a page it cannot read, not the wordings the notes expect on it', async () => {
    const article = 'All July 22, 2024\n\nDry needling in physical therapy\n\nlateral elbow pain from golfing. "Ask your physical therapist"\n';
    const problems = await notesProblems(article, '---\ntitle: [What dry needling treats\n---\n\nNothing here.\n');
    expect(problems).toEqual([expect.stringMatching(/what-it-treats\.md:2: error: the YAML cannot be read/)]);
  });

  it("checks the title and date of the clinic's article against the article itself", async () => {
    expect(await linesAbout('source-mismatch', 'source.yaml')).toEqual([
      `tests/fixtures/content/source-mismatch/source.yaml:2: error: the title "Dry needling in physiotherapy" is not in the clinic's article (${SOURCE_TEXT}). Copy the title exactly as the article shows it.`,
      `tests/fixtures/content/source-mismatch/source.yaml:3: error: "published" is 2024-07-23, but the clinic's article (${SOURCE_TEXT}) does not show July 23, 2024. Write the date the article shows.`,
    ]);
  });

  it('asks for the file naming the article when there is none', async () => {
    expect(await linesAbout('several-problems', 'source.yaml')).toEqual([
      'tests/fixtures/content/several-problems/source.yaml: error: the file naming the clinic\'s article is missing. Create it with two lines, the article\'s title and its date, like "title: Dry needling in physical therapy" and "published: 2024-07-22".',
    ]);
  });

  it('fails, saying what it cannot check, when the copy of the article is not there', async () => {
    const report = await check('editorial-notes', BEFORE_ANY_REVIEW, false, 'tests/fixtures/source/missing.txt');
    expect(report.problems.filter((problem) => problem.file === 'tests/fixtures/source/missing.txt').map(formatProblem)).toEqual([
      'tests/fixtures/source/missing.txt: error: the clinic\'s article is missing, so the title and date in source.yaml, the quotes in the editorial notes and the passages in the trace files cannot be compared with it. Copy the clinic\'s article here byte for byte (see docs/editors.md, "The clinic\'s article").',
    ]);
    expect(report.problems.filter((problem) => problem.file?.endsWith('editorial-notes.yaml'))).toEqual([]);
  });

  it('lists the source file and the notes among the files it checked', async () => {
    const report = await check('editorial-notes');
    expect(report.files.filter((file) => file.endsWith('.yaml'))).toEqual([
      'tests/fixtures/content/editorial-notes/availability.yaml',
      'tests/fixtures/content/editorial-notes/source.yaml',
      'tests/fixtures/content/editorial-notes/editorial-notes.yaml',
      'tests/fixtures/content/editorial-notes/contact.yaml',
      'tests/fixtures/content/editorial-notes/clinic.yaml',
    ]);
  });
});

describe('checkContent: where reports of a problem go', () => {
  it('warns, on the line of the address, while it is still the example one the site ships with', async () => {
    expect(await linesAbout('contact-example', 'contact.yaml')).toEqual([
      'tests/fixtures/content/contact-example/contact.yaml:3: warning: "problemReports" is an example address (problems@example.org): reports of a problem sent to it reach no one. Set it to the address of the person at the clinic who reads them (see docs/editors.md, "Where reports of a problem go").',
    ]);
  });

  it("says nothing once it is the clinic's own address", async () => {
    const report = await check('valid');
    expect(report.files).toContain('tests/fixtures/content/valid/contact.yaml');
    expect(report.problems.filter((problem) => problem.file?.endsWith('contact.yaml'))).toEqual([]);
  });

  it('fails on an address that is not one, as the build would', async () => {
    const report = await check('contact-bad-address');
    expect(report.problems.filter((problem) => problem.file?.endsWith('contact.yaml')).map(formatProblem)).toEqual([
      'tests/fixtures/content/contact-bad-address/contact.yaml:3: error: "problemReports" must be one email address, like problems@yourclinic.org (got "webteam@riverbend-clinic.org, front-desk@riverbend-clinic.org").',
    ]);
    expect(hasErrors(report)).toBe(true);
  });
});

describe('the report an editor reads', () => {
  it('groups lines by file, then sums up, and counts as failed when there is an error', async () => {
    const report = await check('several-problems');
    expect(formatReport(report)).toBe(
      [
        'tests/fixtures/content/several-problems/after-effects.md:4: error: "order" must be a whole number like 3 (got "second").',
        '',
        'tests/fixtures/content/several-problems/availability.yaml: error: the availability data file is missing. Create it with a "states" list of every state and DC.',
        '',
        'tests/fixtures/content/several-problems/benefits.md:5: error: "stateList" must be true or false (got "sometimes").',
        '',
        'tests/fixtures/content/several-problems/clinic.yaml: error: the file naming the clinic that publishes the site is missing. Create it with the clinic\'s name, website and phone number, each on its own line (see docs/editors.md, "The clinic that publishes the site").',
        '',
        'tests/fixtures/content/several-problems/contact.yaml: error: the file saying where reports of a problem go is missing. Create it with one line, like "problemReports: problems@yourclinic.org" (see docs/editors.md, "Where reports of a problem go").',
        '',
        'tests/fixtures/content/several-problems/source.yaml: error: the file naming the clinic\'s article is missing. Create it with two lines, the article\'s title and its date, like "title: Dry needling in physical therapy" and "published: 2024-07-22".',
        '',
        'tests/fixtures/content/several-problems/sources/availability.yaml: error: tests/fixtures/content/several-problems/availability.md has no trace file, so nothing says where its statements come from. Start one: create tests/fixtures/content/several-problems/sources/availability.yaml with the one line "blocks:", then run the check again; it names each paragraph, list item and table row still without a source, with the words to copy (see docs/editors.md, "Where each statement comes from").',
        '',
        'tests/fixtures/content/several-problems/what-is-dry-needling.md:2: error: "title" is missing. Add a line like: title: What is dry needling?',
        'tests/fixtures/content/several-problems/what-is-dry-needling.md:6: warning: the page reads at US school grade 7.2; the target is grade 6.0 or lower. Use shorter sentences and everyday words, starting with the hardest: line 6 "Dry needling is a treatment your physical therapist …" (grade 7.2).',
        '',
        'Checked 9 files in tests/fixtures/content/several-problems/: 8 errors, 1 warning. Fix the errors before publishing.',
      ].join('\n'),
    );
    expect(hasErrors(report)).toBe(true);
  });

  it('passes when there are only warnings', async () => {
    // The valid fixture's pages are written from its own article, content/clinic-article.txt.
    const report = await checkContent({ contentDir: contentFixture('valid'), today: '2025-07-01', languages: ENGLISH_ONLY });
    // The one warning: no review is on record for the fixture's pages.
    expect(report.problems.map((problem) => problem.severity)).toEqual(['warning']);
    expect(hasErrors(report)).toBe(false);
    expect(formatReport(report).split('\n').slice(-2)).toEqual(['', 'Checked 12 files in tests/fixtures/content/valid/: 0 errors, 1 warning.']);
  });

  it('says there are no problems, in one line, when there are none', () => {
    const report = { folder: 'content', files: ['content/after-effects.md'], problems: [] };
    expect(formatReport(report)).toBe('Checked 1 file in content/: no problems.');
    expect(hasErrors(report)).toBe(false);
  });
});

describe('checkContent with files that cannot be read as they are', () => {
  /** The valid fixture with one of every kind of file that used to crash the check or vanish from the site. */
  function contentWithBadFiles() {
    const content = temporaryContent('valid');
    const at = (name: string) => path.join(content.dir, name);
    symlinkSync('/etc/hostname', at('benefits.md'));
    symlinkSync('no-such-file.md', at('dosage.md'));
    mkdirSync(at('drafts.md'));
    writeFileSync(at('long-article.md'), 'Dry needling may ease pain. '.repeat(200_000));
    writeFileSync(at('Questions.MD'), '# Questions\n');
    mkdirSync(at('images'));
    writeFileSync(at('images/needle.jpg'), '');
    writeFileSync(at('availability.yaml'), `${BILLION_LAUGHS}\n${readFileSync(at('availability.yaml'), 'utf8')}`);
    return content;
  }

  it('names every such file with what to do, in its own line, with no stack trace', async () => {
    const content = contentWithBadFiles();
    const report = await checkContent({ contentDir: content.dir, today: BEFORE_ANY_REVIEW, languages: ENGLISH_ONLY });
    const errors = report.problems.filter((problem) => problem.severity === 'error').map(formatProblem);
    expect(errors.map((line) => line.split(': error: ')[0])).toEqual(
      ['availability.yaml:3', 'benefits.md', 'dosage.md', 'drafts.md', 'images/needle.jpg', 'long-article.md', 'Questions.MD'].map(content.shown),
    );
    expect(errors.find((line) => line.startsWith(content.shown('long-article.md')))).toContain('is 5.3 MB; a file in content/ may be at most 64 KB.');
    expect(formatReport(report)).not.toMatch(/^\s+at /m);
  });

  it('reads two deeply nested YAML files in one run without running out of memory', async () => {
    const content = temporaryContent('valid');
    const deep = `${nestedLists(30_000)}\n`;
    writeFileSync(path.join(content.dir, 'locations.yaml'), deep);
    writeFileSync(path.join(content.dir, 'what-is-dry-needling.md'), `---\n${deep}---\n\nDry needling is a treatment.\n`);
    const report = await checkContent({ contentDir: content.dir, today: BEFORE_ANY_REVIEW, languages: ENGLISH_ONLY });
    expect(report.problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([
      `${content.shown('locations.yaml')}:1: error: the YAML nests lists and fields 30001 levels deep; at most 8 are read. Write the entries the way docs/editors.md shows them.`,
      `${content.shown('what-is-dry-needling.md')}:2: error: the YAML nests lists and fields 30001 levels deep; at most 8 are read. Write the entries the way docs/editors.md shows them.`,
    ]);
  });
});

describe('checkContent: every file it reads goes through the same file rules', () => {
  /** The error lines about one file of a temporary content folder, checked with `sourceText` as the clinic's article. */
  async function errorsIn(dir: string, file: string, sourceText = SOURCE_TEXT, languages = ENGLISH_ONLY): Promise<string[]> {
    const report = await checkContent({ contentDir: dir, today: BEFORE_ANY_REVIEW, sourceText, languages });
    expect(formatReport(report)).not.toMatch(/^\s+at /m);
    return report.problems.filter((problem) => problem.file === file && problem.severity === 'error').map(formatProblem);
  }

  it('refuses a note whose page names a file outside content/, before any path is built from it', async () => {
    expect(await errorsAbout('note-page-outside', 'editorial-notes.yaml')).toEqual([
      'tests/fixtures/content/note-page-outside/editorial-notes.yaml:4: error: note 1: "page" must be the file name of an English page without .md, like what-it-treats (got "../../outside/x").',
    ]);
  });

  it.each([
    ['a link to a file outside the repository', (file: string) => symlinkSync('/etc/hostname', file), 'is a link to another file, and links in content/ are never followed. Put the file itself here instead of the link.'],
    ['a file of 5 MB', (file: string) => writeFileSync(file, 'title: Dry needling\n'.repeat(262_144)), 'is 5.0 MB; a file in content/ may be at most 64 KB. Patient pages should be short: split it into several articles.'],
    ['a named pipe, which would never finish reading', (file: string) => execFileSync('mkfifo', [file]), 'is not a normal file. Replace it with the file itself.'],
    ['a folder', (file: string) => mkdirSync(file), 'is a folder, not a file. Only files are read from content/: rename the folder, or move it out of content/.'],
  ])('refuses source.yaml when it is %s', async (_, make, message) => {
    const content = temporaryContent('valid');
    rmSync(path.join(content.dir, 'source.yaml'));
    make(path.join(content.dir, 'source.yaml'));
    expect(await errorsIn(content.dir, content.shown('source.yaml'))).toEqual([`${content.shown('source.yaml')}: error: ${message}`]);
  });

  it.each([
    ['a link', (file: string) => symlinkSync(path.resolve(SOURCE_TEXT), file), 'is a link to another file, and links in SOURCE/ are never followed. Put the file itself here instead of the link.'],
    ['a named pipe', (file: string) => execFileSync('mkfifo', [file]), 'is not a normal file. Replace it with the file itself.'],
    ['a file of 5 MB', (file: string) => writeFileSync(file, 'Dry needling in physical therapy\n'.repeat(160_000)), "is 5.0 MB; a file in SOURCE/ may be at most 64 KB. The clinic's article is a few pages of text: check that this is the right file."],
  ])("refuses the clinic's article when it is %s, as an error and not as a missing file", async (_, make, message) => {
    const content = temporaryContent('valid');
    const shared = temporaryContent('valid');
    const sourceText = path.join(shared.dir, 'article.txt');
    make(sourceText);
    const shown = shared.shown('article.txt');
    expect(await errorsIn(content.dir, shown, sourceText)).toEqual([`${shown}: error: ${message.replace('SOURCE/', `${path.dirname(shown)}/`)}`]);
  });

  it('reads the clinic\'s article through a folder that is a link: ../shared/ is one in a worktree', async () => {
    const content = temporaryContent('valid');
    symlinkSync(contentFixture('valid'), path.join(content.dir, 'shared'));
    const sourceText = path.join(content.dir, 'shared', 'clinic-article.txt');
    const report = await checkContent({ contentDir: content.dir, today: BEFORE_ANY_REVIEW, sourceText, languages: ENGLISH_ONLY });
    expect(report.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('refuses content/es when it is a link to a folder outside the repository, and reads nothing in it', async () => {
    const content = temporaryContent('translations');
    const outside = temporaryContent('translations');
    rmSync(path.join(content.dir, 'es'), { recursive: true });
    symlinkSync(path.join(outside.dir, 'es'), path.join(content.dir, 'es'));
    const report = await checkContent({ contentDir: content.dir, today: BEFORE_ANY_REVIEW, sourceText: SOURCE_TEXT });
    expect(report.problems.filter((problem) => problem.file === content.shown('es')).map(formatProblem)).toEqual([
      `${content.shown('es')}: error: is a link to another folder, and links in content/ are never followed. Put the folder itself here instead of the link.`,
    ]);
    expect(report.files.filter((file) => file.startsWith(content.shown('es')))).toEqual([]);
  });

  it('refuses invisible characters in front matter and data files, named by code point on their line', async () => {
    expect(await errorsAbout('invisible-characters', 'after-effects.md')).toEqual([
      'tests/fixtures/content/invisible-characters/after-effects.md:2: error: has the invisible character U+200B (zero-width space), which can hide or reverse text on the page. Delete it: retype the words around it, or paste them as plain text. Line 3 has one too.',
    ]);
    expect(await errorsAbout('invisible-characters', 'what-is-dry-needling.md')).toEqual([
      'tests/fixtures/content/invisible-characters/what-is-dry-needling.md:3: error: has the invisible character U+202E (right-to-left override), which can hide or reverse text on the page. Delete it: retype the words around it, or paste them as plain text.',
    ]);
    expect(await errorsAbout('invisible-characters', 'contact.yaml')).toEqual([
      'tests/fixtures/content/invisible-characters/contact.yaml:2: error: has the invisible character U+200B (zero-width space), which can hide or reverse text on the page. Delete it: retype the words around it, or paste them as plain text.',
    ]);
  });

  it('refuses a file that is not UTF-8, with the line of the first bad byte, instead of a "�" in the title', async () => {
    expect(await errorsAbout('invalid-utf8', 'after-effects.md')).toEqual([
      'tests/fixtures/content/invalid-utf8/after-effects.md:2: error: has a character that is not UTF-8 text (the file was probably saved as "Western" or "Windows-1252"). Save it again as UTF-8 and check the accented letters on this line.',
    ]);
  });
});
