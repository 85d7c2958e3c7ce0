import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/checks/content-check';
import { formatProblem, type Problem } from '@/lib/content/problem';
import { contentFixture } from '@/tests/fixtures/content-fixture';
import { temporaryContent } from '@/tests/fixtures/temporary-content';

const BEFORE_ANY_REVIEW = '2025-01-15';

/**
 * Every error and warning about translations in a fixture folder, as the editor reads them. The
 * reviews of these fixtures (none on record) are the business of tests/lib/checks/reviews.test.ts.
 */
async function translationLines(fixture: string, today = BEFORE_ANY_REVIEW, build = false): Promise<string[]> {
  const report = await checkContent({ contentDir: contentFixture(fixture), today, build });
  return report.problems
    .filter((problem) => !problem.message.startsWith('the page reads at') && !isAboutReviews(problem))
    .map(formatProblem)
    .map((line) => line.replace(`tests/fixtures/content/${fixture}/`, ''));
}

function isAboutReviews(problem: Problem): boolean {
  return problem.file?.endsWith('/reviews.yaml') === true || problem.message.startsWith('nothing records which text');
}

describe('checkContent: translations', () => {
  it('accepts a Spanish page for every English page, with the same outline and links to the Spanish pages', async () => {
    expect(await translationLines('translations')).toEqual([]);
  });

  it('names an English page that has no Spanish page, even while the Spanish pages have other problems', async () => {
    expect(await translationLines('translation-missing')).toEqual(expect.arrayContaining([
      'availability.md: error: has no translation in tests/fixtures/content/translation-missing/es/. Add a page there with "translationOf: availability" in its front matter, translated from this one.',
    ]));
  });

  it('names a Spanish page whose English page does not exist, with the file names it can use', async () => {
    const lines = await translationLines('translation-of-unknown');
    expect(lines).toContain(
      'es/disponibilidad.md:6: error: "translationOf" names "availabilty", but there is no English article with that file name. Write the file name of the English page this page translates, without .md: after-effects, availability, what-is-dry-needling.',
    );
    expect(lines).toContain(
      'availability.md: error: has no translation in tests/fixtures/content/translation-of-unknown/es/. Add a page there with "translationOf: availability" in its front matter, translated from this one.',
    );
  });

  it('says which parts of the outline differ from the English page', async () => {
    expect(await translationLines('translation-outline-drift')).toEqual([
      'es/efectos.md: error: the page has 3 section headings, but tests/fixtures/content/translation-outline-drift/after-effects.md has 2. Translate every part of the English page, and add none, so the two pages have the same outline.',
      'es/efectos.md: error: the page has 2 bulleted list items, but tests/fixtures/content/translation-outline-drift/after-effects.md has 3. Translate every part of the English page, and add none, so the two pages have the same outline.',
      'es/efectos.md: error: the page has 3 links, but tests/fixtures/content/translation-outline-drift/after-effects.md has 4. Translate every part of the English page, and add none, so the two pages have the same outline.',
    ]);
  });

  it('says where a link points somewhere else than the English link, and where it should point in Spanish', async () => {
    expect(await translationLines('translation-link-drift')).toEqual([
      'es/efectos.md:18: error: link 1 points to "/es/que-es-la-puncion-seca/#como-funciona", but link 1 of tests/fixtures/content/translation-link-drift/after-effects.md points to "/what-is-dry-needling/#trigger-points", which is "/es/que-es-la-puncion-seca/#puntos-gatillo" in this language. Point it there.',
      'es/efectos.md:18: error: link 2 points to "#cuando-llamar-a-su-fisioterapeuta", but link 2 of tests/fixtures/content/translation-link-drift/after-effects.md points to "#what-you-may-feel-afterwards", which is "/es/efectos/#lo-que-puede-sentir-despues" in this language. Point it there.',
    ]);
  });
});

/** The translations fixture, with the English page and its Spanish page on after effects edited. */
async function editedLines(edit: { english?: (text: string) => string; spanish?: (text: string) => string }, today = BEFORE_ANY_REVIEW, build = false) {
  const content = temporaryContent('translations');
  const rewrite = (name: string, change?: (text: string) => string) => {
    if (change) writeFileSync(path.join(content.dir, name), change(readFileSync(path.join(content.dir, name), 'utf8')));
  };
  rewrite('after-effects.md', edit.english);
  rewrite('es/efectos.md', edit.spanish);
  const report = await checkContent({ contentDir: content.dir, today, build });
  // The English edits add blocks no trace file has: the trace check's own tests cover those.
  return report.problems
    .filter((problem) => !problem.message.startsWith('the page reads at') && !isAboutReviews(problem) && !/^this [a-z ]+ has no source: /.test(problem.message))
    .map(formatProblem)
    .map((line) => line.replaceAll(content.shown('x').slice(0, -1), ''));
}

describe('checkContent: the outline of a translation', () => {
  it('names the first section whose heading level differs, with its line', async () => {
    const lines = await editedLines({ spanish: (text) => text.replace('## Cuándo llamar', '### Cuándo llamar') });
    expect(lines).toEqual([
      'es/efectos.md:16: error: section 2 is a ### heading, but in after-effects.md it is a ##. Use the same heading levels as the English page.',
    ]);
  });

  it('counts numbered list items and table rows, in the singular for one', async () => {
    const lines = await editedLines({
      english: (text) => `${text}\n1. Rest\n2. Drink water\n\n| Effect | Days |\n| --- | --- |\n| Soreness | 2 |\n`,
      spanish: (text) => `${text}\n1. Descanse\n\n| Efecto | Días |\n| --- | --- |\n| Dolor | 2 |\n| Moretones | 3 |\n`,
    });
    expect(lines).toEqual([
      'es/efectos.md: error: the page has 1 numbered list item, but after-effects.md has 2. Translate every part of the English page, and add none, so the two pages have the same outline.',
      'es/efectos.md: error: the page has 3 table rows, but after-effects.md has 2. Translate every part of the English page, and add none, so the two pages have the same outline.',
    ]);
  });

  it('counts every heading below the title, #### too, and names each part in the singular for one', async () => {
    const lines = await editedLines({
      english: (text) => `${text}\n### Resting\n\n#### At home\n\n1. Rest\n\n| Effect | Days |\n| --- | --- |\n| Soreness | 2 |\n`,
      spanish: (text) =>
        `${text.split('\n## ')[0]}\n## Lo que puede sentir después\n\n- Dolor\n\n1. Descanse\n2. Beba agua\n\n| Efecto |\n| --- |\n\nVea [ChoosePT](https://www.choosept.com/).\n`,
    });
    const outline = (has: string, should: number) =>
      `es/efectos.md: error: the page has ${has}, but after-effects.md has ${should}. Translate every part of the English page, and add none, so the two pages have the same outline.`;
    expect(lines).toEqual([
      outline('1 section heading', 4),
      outline('1 bulleted list item', 3),
      outline('2 numbered list items', 1),
      outline('1 table row', 2),
      // Links are compared one by one only once there are as many.
      outline('1 link', 4),
    ]);
  });

  it('says which page already translates an English page that a second page also claims', async () => {
    const content = temporaryContent('translations');
    const copy = readFileSync(path.join(content.dir, 'es/efectos.md'), 'utf8').replace('order: 2', 'order: 4');
    writeFileSync(path.join(content.dir, 'es/efectos-2.md'), copy);
    const report = await checkContent({ contentDir: content.dir, today: BEFORE_ANY_REVIEW });
    expect(report.problems.map(formatProblem)).toContain(
      `${content.shown('es/efectos.md')}:5: error: "translationOf" names "after-effects", which ${content.shown('es/efectos-2.md')} also translates. Each English page has one page in ${content.shown('es')}/.`,
    );
  });
});

describe('checkContent: where the links of a translation point', () => {
  it('expects the same address for a link outside the site, and the Spanish page for a state page, the home page, the locations or a part of a page every language has', async () => {
    const lines = await editedLines({
      english: (text) => `${text}\nSee [Texas](/availability/texas/), [home](/), [locations](/locations/) and [topics](/#topics).\n`,
      spanish: (text) =>
        `${text.replace('https://www.choosept.com/', 'https://www.choosept.es/')}\nVea [Texas](/es/disponibilidad/arizona/), [inicio](/es/), [ubicaciones](/es/) y [temas](/es/).\n`,
    });
    expect(lines).toEqual([
      'es/efectos.md:20: error: link 3 points to "https://www.choosept.es/", but link 3 of after-effects.md points to "https://www.choosept.com/", which is "https://www.choosept.com/" in this language. Point it there.',
      'es/efectos.md:22: error: link 5 points to "/es/disponibilidad/arizona/", but link 5 of after-effects.md points to "/availability/texas/", which is "/es/disponibilidad/texas/" in this language. Point it there.',
      'es/efectos.md:22: error: link 7 points to "/es/", but link 7 of after-effects.md points to "/locations/", which is "/es/ubicaciones/" in this language. Point it there.',
      'es/efectos.md:22: error: link 8 points to "/es/", but link 8 of after-effects.md points to "/#topics", which is "/es/#temas" in this language. Point it there.',
    ]);
  });
});

describe('checkContent: pairing pages whose files have other problems', () => {
  async function errors(content: { dir: string }) {
    const report = await checkContent({ contentDir: content.dir, today: BEFORE_ANY_REVIEW });
    return report.problems.filter((problem) => problem.severity === 'error').map(formatProblem);
  }

  it('says once that the folder of a language is missing, not that each English page lacks its translation', async () => {
    const content = temporaryContent('translations');
    rmSync(path.join(content.dir, 'es'), { recursive: true });
    expect(await errors(content)).toEqual([
      `${content.shown('es')}: error: the folder of the pages in Spanish is missing. Create it with one translation of each English article.`,
    ]);
  });

  it('still pairs an English page it cannot read with its translation, so only the file itself is named', async () => {
    const content = temporaryContent('translations');
    rmSync(path.join(content.dir, 'after-effects.md'));
    symlinkSync('/etc/hostname', path.join(content.dir, 'after-effects.md'));
    const lines = await errors(content);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${content.shown('after-effects.md')}: error: `));
  });

  it('names a "translationOf" that is not a file name once, as the front matter mistake it is', async () => {
    const content = temporaryContent('translations');
    const file = path.join(content.dir, 'es/efectos.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('translationOf: after-effects', 'translationOf: 5'));
    const lines = (await errors(content)).filter((line) => line.startsWith(content.shown('es/efectos.md')));
    expect(lines).toEqual([
      `${content.shown('es/efectos.md')}:5: error: "translationOf" must be the file name of an English article without .md, like what-is-dry-needling (got 5).`,
    ]);
  });

  it('needs at least the English pages to check', async () => {
    await expect(checkContent({ contentDir: contentFixture('translations'), today: BEFORE_ANY_REVIEW, languages: [] })).rejects.toThrow(
      'checkContent needs at least one language.',
    );
  });
});
