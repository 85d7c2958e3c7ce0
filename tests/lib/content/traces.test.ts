import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyBlocks } from '@/lib/content/blocks';
import { ContentError } from '@/lib/content/content-error';
import { parseMarkdown } from '@/lib/content/markdown';
import { problemLine } from '@/lib/content/problem';
import { asYamlValue, comparableText, hasPassage, loadTraceFolder, parseTraceFile, traceEntryFor } from '@/lib/content/traces';
import { temporaryContent } from '@/tests/fixtures/temporary-content';

const FILE = 'content/sources/after-effects.yaml';

function problemsOf(source: string): readonly string[] {
  try {
    parseTraceFile(source, FILE, 'after-effects');
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(problemLine);
    throw error;
  }
  throw new Error('expected the trace file to be refused');
}

const TRACE = `# Where each statement of after-effects.md comes from.
blocks:
  - block: Soreness
    source:
      - soreness
      - "fatigue or lack of energy"
  # A comment between entries.
  - block: If you have questions, ask your physical therapist.
    notMedical: ask-your-physical-therapist
`;

describe('parseTraceFile', () => {
  it('reads each entry with the label messages use, and the lines of its block and passages', () => {
    const { file, slug, entries } = parseTraceFile(TRACE, FILE, 'after-effects');
    expect([file, slug]).toEqual([FILE, 'after-effects']);
    expect(entries).toEqual([
      { label: 'entry 1', block: 'Soreness', line: 3, source: [{ text: 'soreness', line: 5 }, { text: 'fatigue or lack of energy', line: 6 }] },
      { label: 'entry 2', block: 'If you have questions, ask your physical therapist.', line: 8, source: [], notMedical: 'ask-your-physical-therapist' },
    ]);
  });

  it('reads "blocks:" with nothing after it, the way a new trace file starts', () => {
    expect(parseTraceFile('blocks:\n', FILE, 'after-effects').entries).toEqual([]);
  });

  it('asks for either passages or a reason, never both and never neither', () => {
    const either = `must have either "source" (the passages of the clinic's article the block says) or "notMedical" (navigation, ask-your-physical-therapist, how-to-use-the-site, site-data or explains-a-word), and not both.`;
    expect(problemsOf('blocks:\n  - block: Soreness\n')).toEqual([`${FILE}:2: entry 1 ${either}`]);
    expect(problemsOf('blocks:\n  - block: Soreness\n    source: [soreness]\n    notMedical: navigation\n')).toEqual([`${FILE}:2: entry 1 ${either}`]);
  });

  it('names the reasons a block may be marked not medical, and refuses any other', () => {
    expect(problemsOf('blocks:\n  - block: Soreness\n    notMedical: obvious\n')).toEqual([
      `${FILE}:3: entry 1: "notMedical" must be one of navigation, ask-your-physical-therapist, how-to-use-the-site, site-data or explains-a-word (got "obvious").`,
    ]);
  });

  it('refuses an empty list of passages, an empty passage and a field it does not use, each at its line', () => {
    expect(problemsOf('blocks:\n  - block: Soreness\n    source: []\n')).toEqual([
      `${FILE}:3: entry 1: "source" is an empty list. Quote at least one passage of the clinic's article.`,
    ]);
    expect(problemsOf('blocks:\n  - block: Soreness\n    source:\n      - soreness\n      - ""\n')).toEqual([
      `${FILE}:5: entry 1: "source" is empty. Write the passage of the clinic's article, or remove the line.`,
    ]);
    expect(problemsOf('blocks:\n  - block: Soreness\n    sources: [soreness]\n')).toEqual([
      `${FILE}:2: entry 1 has a field this file does not use: "sources". Use only block, and either source or notMedical.`,
    ]);
  });

  it('says what each part of an entry must be when it is not', () => {
    expect(problemsOf('blocks:\n  - Soreness\n')).toEqual([`${FILE}:2: entry 1 must be an entry with the fields block, and either source or notMedical.`]);
    expect(problemsOf('blocks:\n  - source: [soreness]\n')).toEqual([`${FILE}:2: entry 1: "block" is missing. Add a line like: block: Soreness`]);
    expect(problemsOf('blocks:\n  - block: Soreness\n    source: soreness\n')).toEqual([
      `${FILE}:3: entry 1: "source" must be a list of passages of the clinic's article, each on a line starting with "- " (got "soreness").`,
    ]);
    expect(problemsOf('blocks:\n  - block: Soreness\n    source:\n      - 12\n      - "   "\n')).toEqual([
      `${FILE}:4: entry 1: "source" must be a passage of the clinic's article, as text (got 12).`,
      `${FILE}:5: entry 1: "source" is empty. Write the passage of the clinic's article, or remove the line.`,
    ]);
  });

  it('says what the file must hold when it is not a list of entries', () => {
    expect(problemsOf('blocks: Soreness\n')).toEqual([
      `${FILE}:1: "blocks" must be a list, one entry (starting with "- block:") for each paragraph, list item and table row of the article (got "Soreness").`,
    ]);
    expect(problemsOf('blocks:\nsource: [soreness]\n')).toEqual([`${FILE}:1: has a field this file does not use: "source". Use only blocks.`]);
    expect(problemsOf('- block: Soreness\n')).toEqual([`${FILE}:1: must have a "blocks" list.`]);
  });

  it('reads each passage without the spaces around it, and gives each its own line', () => {
    const [entry] = parseTraceFile('blocks:\n  - source:\n      - "  soreness "\n      - fatigue\n    block: Soreness\n', FILE, 'after-effects').entries;
    expect(entry).toEqual({ label: 'entry 1', block: 'Soreness', line: 5, source: [{ text: 'soreness', line: 3 }, { text: 'fatigue', line: 4 }] });
  });

  it('refuses two entries for the same block, the second at its line', () => {
    expect(problemsOf(`${TRACE}  - block: Soreness\n    source: [soreness]\n`)).toEqual([
      `${FILE}:10: entry 3 is for the same block as entry 1. Keep one of the two entries, with the passages of both.`,
    ]);
  });
});

describe('comparableText and hasPassage', () => {
  it('forgives only what a keyboard cannot type: curly quotes and apostrophes, dashes, the ellipsis, line breaks', () => {
    expect(comparableText('“Where there’s smoke” – a dry needle… ')).toBe('"Where there\'s smoke" - a dry needle...');
    expect(comparableText('a needle\n   without\u00a0medicine')).toBe('a needle without medicine');
  });

  const article = comparableText('Dry needling is a treatment that uses a dry needle – a needle without medicine – to treat areas of dysfunction.');

  it('finds a sentence or a part of one, word for word, whole words only', () => {
    expect(hasPassage(article, 'a dry needle - a needle without medicine')).toBe(true);
    expect(hasPassage(article, 'Dry needling is a treatment')).toBe(true);
    expect(hasPassage(article, 'a needle with no medicine')).toBe(false);
    expect(hasPassage(article, 'eedle without medicin')).toBe(false);
    expect(hasPassage(article, 'eedle without medicine')).toBe(false);
    expect(hasPassage(article, 'a needle without medicin')).toBe(false);
    // A later place in the article may have the words as whole words where an earlier one does not.
    expect(hasPassage(comparableText('Needles and needles: the needle.'), 'needle')).toBe(true);
  });

  it('matches an entry to its block by the words a reader meets, links by their text', () => {
    const trace = parseTraceFile("blocks:\n  - block: Read who shouldn't have it.\n    notMedical: navigation\n", FILE, 'after-effects');
    const [block] = bodyBlocks(parseMarkdown("Read [who shouldn’t have it](/who-should-not-have-dry-needling/).\n"), (line) => line);
    expect(block && traceEntryFor(trace, block)?.label).toBe('entry 1');
  });
});

describe('asYamlValue: the words a message asks an editor to write after "block:"', () => {
  it('gives them as they are when YAML reads them back unchanged, and in double quotes when not', () => {
    expect(asYamlValue('You may know the saying "Where there\'s smoke, there\'s fire."')).toBe('You may know the saying "Where there\'s smoke, there\'s fire."');
    expect(asYamlValue('Dry needling is not recommended for:')).toBe('"Dry needling is not recommended for:"');
    expect(asYamlValue('Dry needles can be used on trigger points: spots on your body')).toBe('"Dry needles can be used on trigger points: spots on your body"');
    expect(asYamlValue('"Before-and-after" assessment')).toBe('"\\"Before-and-after\\" assessment"');
    expect(asYamlValue('Soreness # and bruising')).toBe('"Soreness # and bruising"');
    expect(asYamlValue('true')).toBe('"true"');
  });

  it('gives words YAML reads back as the same text, whichever way they are written', () => {
    for (const words of ['Dry needling is not recommended for:', '"Before-and-after" assessment', 'Soreness # and bruising', '3']) {
      expect(parseTraceFile(`blocks:\n  - block: ${asYamlValue(words)}\n    notMedical: navigation\n`, FILE, 'x').entries[0]?.block).toBe(words);
    }
  });
});

describe('loadTraceFolder', () => {
  it('reads nothing, and reports nothing, where there is no sources/ folder: the check asks for each file', async () => {
    const content = temporaryContent('several-problems');
    expect(await loadTraceFolder(content.dir)).toEqual({ traces: [], files: [], problems: [] });
  });

  it('refuses what is not a trace file in sources/, and a sources/ that is a link', async () => {
    const content = temporaryContent('valid');
    mkdirSync(path.join(content.dir, 'sources', 'old'));
    writeFileSync(path.join(content.dir, 'sources', 'benefits.yml'), 'blocks:\n');
    const folder = await loadTraceFolder(content.dir);
    expect(folder.traces.map((trace) => trace.slug)).toEqual(['after-effects', 'availability', 'what-is-dry-needling']);
    expect(folder.problems.map(problemLine)).toEqual([
      `${content.shown('sources/benefits.yml')}: does not end in .yaml, and only trace files are read from sources/, one for each English article, named after it: sources/after-effects.yaml for after-effects.md. Rename it, or move it out of sources/.`,
      `${content.shown('sources/old')}: is a folder, and only trace files are read from sources/, one for each English article, named after it: sources/after-effects.yaml for after-effects.md. Rename it, or move it out of sources/.`,
    ]);

    const file = temporaryContent('several-problems');
    writeFileSync(path.join(file.dir, 'sources'), 'blocks:\n');
    const refused = await loadTraceFolder(file.dir);
    expect([refused.traces, refused.files]).toEqual([[], []]);
    expect(refused.problems.map(problemLine)).toEqual([
      `${file.shown('sources')}: is not a folder. The trace files go in a folder named sources: remove this file, or give it another name.`,
    ]);

    const linked = temporaryContent('several-problems');
    symlinkSync(path.join(content.dir, 'sources'), path.join(linked.dir, 'sources'));
    expect((await loadTraceFolder(linked.dir)).problems.map(problemLine)).toEqual([
      `${linked.shown('sources')}: is a link to another folder, and links in content/ are never followed. Put the folder itself here instead of the link.`,
    ]);
  });

  it("gives each trace file's own problems, and reads the others", async () => {
    const content = temporaryContent('valid');
    writeFileSync(path.join(content.dir, 'sources', 'benefits.yaml'), 'blocks:\n  - block: Soreness\n');
    writeFileSync(path.join(content.dir, 'sources', 'risks.yaml'), Buffer.from([0x62, 0x6c, 0x6f, 0x63, 0x6b, 0x73, 0x3a, 0xff, 0x0a]));
    const folder = await loadTraceFolder(content.dir);
    expect(folder.traces.map((trace) => trace.slug)).toEqual(['after-effects', 'availability', 'what-is-dry-needling']);
    expect(folder.files).toContain(content.shown('sources/risks.yaml'));
    expect(folder.problems.map(({ file, line, message }) => [file, line, message.split(' ').slice(0, 6).join(' ')])).toEqual([
      [content.shown('sources/benefits.yaml'), 2, 'entry 1 must have either "source"'],
      [content.shown('sources/risks.yaml'), expect.anything(), 'has a character that is not'],
    ]);
  });
});
