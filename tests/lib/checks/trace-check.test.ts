import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/checks/content-check';
import { formatProblem } from '@/lib/content/problem';
import { english } from '@/lib/i18n/languages';
import { BEFORE_ANY_REVIEW, FIXTURE_SOURCE_TEXT, fixtureLines } from '@/tests/fixtures/fixture-lines';
import { temporaryContent } from '@/tests/fixtures/temporary-content';

const FOLDER = 'tests/fixtures/content/traces';
const PAGE = `${FOLDER}/what-it-treats.md`;
const TRACE = `${FOLDER}/sources/what-it-treats.yaml`;
const ADD = `add it to ${TRACE} with the passage of the clinic's article it says, or mark it "notMedical" (navigation, ask-your-physical-therapist, how-to-use-the-site, site-data or explains-a-word) if it is not a medical statement (see docs/editors.md, "Where each statement comes from").`;

function errorsAbout(fileName: string): Promise<string[]> {
  return fixtureLines('traces', fileName, { severity: 'error' });
}

describe('checkContent: every statement traced to the clinic’s article', () => {
  it('refuses a block with no source at its line, with the words to copy into the trace file', async () => {
    expect(await errorsAbout('what-it-treats.md')).toEqual([
      `${PAGE}:7: error: this paragraph has no source: ${ADD} It was probably changed from the words of entry 1 there (line 3). Its words, to write after "block:", are: Dry needling is used for many injuries and conditions of the muscles, bones and joints. It can cure cancer.`,
      `${PAGE}:13: error: this list item has no source: ${ADD} Its words, to write after "block:", are: Pinched nerves`,
    ]);
  });

  it('names the entry of a changed block as out of date, with the new words, and an entry whose block is gone', async () => {
    const lines = await errorsAbout('sources/what-it-treats.yaml');
    expect(lines.slice(0, 2)).toEqual([
      `${TRACE}:3: error: entry 1 is for "Dry needling is used for many injuries and conditions of the muscles, bones and …", which ${PAGE} no longer has: the paragraph at line 7 was probably changed from it. If the passages below still say everything the new words say, replace "block" with the new words: Dry needling is used for many injuries and conditions of the muscles, bones and joints. It can cure cancer. If not, quote the passages of the clinic's article that do, and never keep a statement the article does not make.`,
      `${TRACE}:15: error: entry 4 is for "Tennis elbow", which ${PAGE} no longer has. If the words were removed from the page, delete this entry; if they were changed, write the new words in "block" (the check names the changed block at its line) and make sure the passages still say them.`,
    ]);
  });

  it('refuses a passage the article does not have word for word, at its line, and accepts straight quotes for curly ones', async () => {
    expect((await errorsAbout('sources/what-it-treats.yaml')).slice(2)).toEqual([
      `${TRACE}:21: error: entry 5: the passage "neck and back pain from every day use" is not in the clinic's article (tests/fixtures/source/dry-needling-article.txt) word for word. Copy it from the article exactly as it is written there, a whole sentence or a part of one, from its first word to its last; only curly and straight quotes and apostrophes, and dashes and hyphens, may differ.`,
    ]);
  });

  it('asks for a trace file for an article that has none, saying how to start one', async () => {
    expect(await errorsAbout('sources/benefits.yaml')).toEqual([
      `${FOLDER}/sources/benefits.yaml: error: ${FOLDER}/benefits.md has no trace file, so nothing says where its statements come from. Start one: create ${FOLDER}/sources/benefits.yaml with the one line "blocks:", then run the check again; it names each paragraph, list item and table row still without a source, with the words to copy (see docs/editors.md, "Where each statement comes from").`,
    ]);
  });

  it('names a trace file whose article is gone, and a file in sources/ that is not a trace file', async () => {
    expect(await errorsAbout('sources/old-page.yaml')).toEqual([
      `${FOLDER}/sources/old-page.yaml: error: there is no English article ${FOLDER}/old-page.md for this trace file. If the article was renamed, give this file its new name (sources/<name>.yaml for <name>.md); if it was removed, delete this file.`,
    ]);
    expect(await errorsAbout('sources/notes.txt')).toEqual([
      `${FOLDER}/sources/notes.txt: error: does not end in .yaml, and only trace files are read from sources/, one for each English article, named after it: sources/after-effects.yaml for after-effects.md. Rename it, or move it out of sources/.`,
    ]);
  });

  it('lists the article and the trace files among the files it checked', async () => {
    const report = await checkContent({ contentDir: 'tests/fixtures/content/valid', today: BEFORE_ANY_REVIEW, languages: [english] });
    expect(report.files.filter((file) => file.includes('/sources/') || file.endsWith('.txt'))).toEqual([
      'tests/fixtures/content/valid/clinic-article.txt',
      'tests/fixtures/content/valid/sources/after-effects.yaml',
      'tests/fixtures/content/valid/sources/availability.yaml',
      'tests/fixtures/content/valid/sources/what-is-dry-needling.yaml',
    ]);
  });
});

describe("checkContent: the copy of the clinic's article", () => {
  /** The valid fixture checked with `original` as the clinic's own file beside it. */
  async function copyErrors(original: (copy: string) => string | undefined): Promise<string[]> {
    const content = temporaryContent('valid');
    const copy = readFileSync(path.join(content.dir, 'clinic-article.txt'), 'utf8');
    const originalPath = path.join(content.dir, 'original.txt');
    const text = original(copy);
    if (text !== undefined) writeFileSync(originalPath, text);
    const report = await checkContent({ contentDir: content.dir, today: BEFORE_ANY_REVIEW, languages: [english], clinicOriginal: originalPath });
    return report.problems.filter((problem) => problem.severity === 'error').map(formatProblem).map((line) => line.replaceAll(content.shown(''), 'content'));
  }

  it('says nothing while the copy is the clinic’s file byte for byte, or when that file is not on this machine', async () => {
    expect(await copyErrors((copy) => copy)).toEqual([]);
    expect(await copyErrors(() => undefined)).toEqual([]);
  });

  it('fails at the first line where the copy differs from the clinic’s file, and says to copy it over', async () => {
    expect(await copyErrors((copy) => copy.replace('tight knot', 'tight  knot'))).toEqual([
      `content/clinic-article.txt:9: error: this copy of the clinic's article differs from the clinic's own file, content/original.txt, from this line on. Copy that file over this one byte for byte, then run the check again: it names every quote and passage the new text no longer has.`,
    ]);
  });
});

/**
 * The errors about one file of a copy of the traces fixture, with a short page and its trace
 * file written in the test: what-it-treats.md and sources/what-it-treats.yaml unless given.
 */
async function traceErrors(files: Record<string, string>, fileName: string, sourceText = FIXTURE_SOURCE_TEXT): Promise<string[]> {
  const content = temporaryContent('traces');
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(content.dir, name), text);
  const report = await checkContent({ contentDir: content.dir, today: BEFORE_ANY_REVIEW, languages: [english], sourceText });
  return report.problems
    .filter((problem) => problem.file === content.shown(fileName) && problem.severity === 'error')
    .map(formatProblem)
    .map((line) => line.replaceAll(content.shown(''), 'content'));
}

const FRONT = '---\ntitle: What dry needling is used to treat\ndescription: "Dry needling is used for many muscle, bone and joint injuries and conditions."\norder: 1\n---\n\n';
const SHORT_ADD = ADD.replace(TRACE, 'content/sources/what-it-treats.yaml');

describe('traceProblems: blocks and entries, more cases', () => {
  it('names a table row with no source as a table row, with its cells as the words to copy', async () => {
    const page = `${FRONT}## How often\n\n| Where | How often |\n| --- | --- |\n| Neck | Weekly |\n`;
    expect(await traceErrors({ 'what-it-treats.md': page, 'sources/what-it-treats.yaml': 'blocks:\n' }, 'what-it-treats.md')).toEqual([
      `content/what-it-treats.md:9: error: this table row has no source: ${SHORT_ADD} Its words, to write after "block:", are: Where | How often`,
      `content/what-it-treats.md:11: error: this table row has no source: ${SHORT_ADD} Its words, to write after "block:", are: Neck | Weekly`,
    ]);
  });

  it('tells the editor to keep a changed block marked "notMedical" only while the new words are still not a medical statement', async () => {
    const page = `${FRONT}Ask your physical therapist if dry needling may help you.\n`;
    const trace = 'blocks:\n  - block: Ask your physical therapist if dry needling may help with your problem.\n    notMedical: ask-your-physical-therapist\n';
    const files = { 'what-it-treats.md': page, 'sources/what-it-treats.yaml': trace };
    expect(await traceErrors(files, 'sources/what-it-treats.yaml')).toEqual([
      'content/sources/what-it-treats.yaml:2: error: entry 1 is for "Ask your physical therapist if dry needling may help with your problem.", which content/what-it-treats.md no longer has: the paragraph at line 7 was probably changed from it. If the new words are still not a medical statement, replace "block" with the new words: Ask your physical therapist if dry needling may help you. If not, quote the passages of the clinic\'s article that do, and never keep a statement the article does not make.',
    ]);
  });

  it('pairs several changed blocks with their entries in order, and the last block of the page with the last entry', async () => {
    const page = `${FRONT}- Pain on the outer side of the elbow from golf\n- Neck and back pain\n- Pinched nerves\n\nRead more on ChoosePT today.\n`;
    const trace = [
      'blocks:',
      '  - block: Pain on the outer side of the elbow from golfing',
      '    source:',
      '      - lateral elbow pain from golfing',
      '  - block: Neck and back pain from everyday use',
      '    source:',
      '      - neck and back pain from everyday use',
      '  - block: Pinched nerves',
      '    source:',
      '      - pinched nerves',
      '  - block: Read more on ChoosePT.',
      '    notMedical: navigation',
      '',
    ].join('\n');
    const files = { 'what-it-treats.md': page, 'sources/what-it-treats.yaml': trace };
    expect((await traceErrors(files, 'what-it-treats.md')).map((line) => line.replace(/ add it to .* It was probably changed from the words of (entry \d) there \(line (\d+)\)\..*$/, ' <- $1 at line $2'))).toEqual([
      'content/what-it-treats.md:7: error: this list item has no source: <- entry 1 at line 2',
      'content/what-it-treats.md:8: error: this list item has no source: <- entry 2 at line 5',
      'content/what-it-treats.md:11: error: this paragraph has no source: <- entry 4 at line 11',
    ]);
    expect((await traceErrors(files, 'sources/what-it-treats.yaml')).map((line) => line.replace(/ was probably changed from it\..*$/, ''))).toEqual([
      'content/sources/what-it-treats.yaml:2: error: entry 1 is for "Pain on the outer side of the elbow from golfing", which content/what-it-treats.md no longer has: the list item at line 7',
      'content/sources/what-it-treats.yaml:5: error: entry 2 is for "Neck and back pain from everyday use", which content/what-it-treats.md no longer has: the list item at line 8',
      'content/sources/what-it-treats.yaml:11: error: entry 4 is for "Read more on ChoosePT.", which content/what-it-treats.md no longer has: the paragraph at line 11',
    ]);
  });

  it('pairs nothing where the blocks gone and the blocks new are not as many, and names each plainly', async () => {
    const page = `${FRONT}- Pinched nerves\n- Neck pain\n\nRead more on ChoosePT.\n`;
    const trace = [
      'blocks:',
      '  - block: Pinched nerves',
      '    source:',
      '      - pinched nerves',
      '  - block: Tennis elbow',
      '    source:',
      '      - lateral elbow pain',
      '  - block: Golfer’s elbow',
      '    source:',
      '      - lateral elbow pain from golfing',
      '  - block: Read more on ChoosePT.',
      '    notMedical: navigation',
      '',
    ].join('\n');
    const files = { 'what-it-treats.md': page, 'sources/what-it-treats.yaml': trace };
    expect(await traceErrors(files, 'what-it-treats.md')).toEqual([`content/what-it-treats.md:8: error: this list item has no source: ${SHORT_ADD} Its words, to write after "block:", are: Neck pain`]);
    expect((await traceErrors(files, 'sources/what-it-treats.yaml')).map((line) => line.replace(/ If the words were removed.*$/, ''))).toEqual([
      'content/sources/what-it-treats.yaml:5: error: entry 2 is for "Tennis elbow", which content/what-it-treats.md no longer has.',
      'content/sources/what-it-treats.yaml:8: error: entry 3 is for "Golfer’s elbow", which content/what-it-treats.md no longer has.',
    ]);
  });

  it('checks no passage against a clinic’s article that is missing: the missing article is reported once, by itself', async () => {
    const errors = await traceErrors({}, 'sources/what-it-treats.yaml', 'tests/fixtures/source/missing.txt');
    expect(errors.filter((line) => line.includes('is not in the clinic'))).toEqual([]);
    expect(errors).toHaveLength(2);
  });

  it('asks no trace file of a page that cannot be read yet or whose name is no page address, and does not call its trace file an orphan', async () => {
    const broken = { 'broken.md': 'No front matter here.\n', 'sources/broken.yaml': 'blocks:\n' };
    expect(await traceErrors({ 'broken.md': 'No front matter here.\n' }, 'sources/broken.yaml')).toEqual([]);
    expect(await traceErrors(broken, 'sources/broken.yaml')).toEqual([]);
    expect(await traceErrors({ 'Broken_Name.md': `${FRONT}Read more on ChoosePT.\n` }, 'sources/Broken_Name.yaml')).toEqual([]);
  });
});
