import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '@/lib/checks/content-check';
import { contentFixture } from '@/tests/fixtures/content-fixture';

// Before the fixtures' next review (2025-07-22), so only the translation rules report.
const BEFORE_ANY_REVIEW = '2025-01-15';

/** Every error and warning about translations in a fixture folder, as the editor reads them. */
async function translationLines(fixture: string, today = BEFORE_ANY_REVIEW, build = false): Promise<string[]> {
  const report = await checkContent({ contentDir: contentFixture(fixture), today, build });
  return report.problems
    .filter((problem) => !problem.message.startsWith('the page reads at'))
    .map(formatProblem)
    .map((line) => line.replace(`tests/fixtures/content/${fixture}/`, ''));
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
      'es/disponibilidad.md:8: error: "translationOf" names "availabilty", but there is no English article with that file name. Write the file name of the English page this page translates, without .md: after-effects, availability, what-is-dry-needling.',
    );
    expect(lines).toContain(
      'availability.md: error: has no translation in tests/fixtures/content/translation-of-unknown/es/. Add a page there with "translationOf: availability" in its front matter, translated from this one.',
    );
  });

  it('says which parts of the outline differ from the English page', async () => {
    expect(await translationLines('translation-outline-drift')).toEqual([
      'es/efectos.md: error: the page has 3 sections (## and ###), but tests/fixtures/content/translation-outline-drift/after-effects.md has 2. Translate every part of the English page, and add none, so the two pages have the same outline.',
      'es/efectos.md: error: the page has 2 bulleted list items, but tests/fixtures/content/translation-outline-drift/after-effects.md has 3. Translate every part of the English page, and add none, so the two pages have the same outline.',
      'es/efectos.md: error: the page has 3 links, but tests/fixtures/content/translation-outline-drift/after-effects.md has 4. Translate every part of the English page, and add none, so the two pages have the same outline.',
    ]);
  });

  it('says where a link points somewhere else than the English link, and where it should point in Spanish', async () => {
    expect(await translationLines('translation-link-drift')).toEqual([
      'es/efectos.md:22: error: link 1 points to "/es/que-es-la-puncion-seca/#como-funciona", but link 1 of tests/fixtures/content/translation-link-drift/after-effects.md points to "/what-is-dry-needling/#trigger-points", which is "/es/que-es-la-puncion-seca/#puntos-gatillo" in this language. Point it there.',
      'es/efectos.md:22: error: link 2 points to "#cuando-llamar-a-su-fisioterapeuta", but link 2 of tests/fixtures/content/translation-link-drift/after-effects.md points to "#what-you-may-feel-afterwards", which is "/es/efectos/#lo-que-puede-sentir-despues" in this language. Point it there.',
    ]);
  });

  it('warns when the English page was reviewed after the translation was made from it', async () => {
    expect(await translationLines('translation-out-of-date')).toEqual([
      'es/efectos.md:8: warning: this translation was made from the review of 2024-07-22, but tests/fixtures/content/translation-out-of-date/after-effects.md was reviewed again on 2024-09-01. Update the translation from the English page, then set "translatedFrom" to 2024-09-01.',
    ]);
  });

  it('makes an out-of-date translation an error once its own review is overdue, but only a warning during a build', async () => {
    const overdue = '2025-08-01';
    const lines = (await translationLines('translation-out-of-date', overdue)).filter((line) => line.includes('translatedFrom'));
    expect(lines).toEqual([expect.stringMatching(/^es\/efectos\.md:8: error: .* This page's own review was due on 2025-07-22\.$/)]);
    const duringBuild = (await translationLines('translation-out-of-date', overdue, true)).filter((line) => line.includes('translatedFrom'));
    expect(duringBuild).toEqual([expect.stringMatching(/^es\/efectos\.md:8: warning: /)]);
  });
});
