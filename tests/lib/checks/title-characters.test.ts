import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '@/lib/checks/content-check';
import { titleCharacterFinding } from '@/lib/checks/title-characters';
import { english } from '@/lib/i18n/languages/en';
import { contentFixture } from '@/tests/fixtures/content-fixture';

const FIXTURE = 'undrawable-title-characters';

/** The lines `npm run check:content` prints about the titles of the fixture's files. */
async function titleLines(): Promise<string[]> {
  const report = await checkContent({
    contentDir: contentFixture(FIXTURE),
    today: '2025-01-15',
    sourceText: 'tests/fixtures/source/dry-needling-article.txt',
    languages: [english],
  });
  return report.problems.filter((problem) => problem.message.startsWith('"title"')).map(formatProblem);
}

const WHAT_TO_DO = 'Use only letters, digits and common punctuation';

describe('a title with a character the link-preview image cannot draw', () => {
  it('is an error on the line of "title", naming each character, one case per fixture file', async () => {
    const at = (file: string) => `tests/fixtures/content/${FIXTURE}/${file}.md:2: error: "title" has`;
    expect(await titleLines()).toEqual([
      `${at('check-mark')} a character the link-preview image cannot draw: "✓" (U+2713). ${WHAT_TO_DO}: delete it, or say it in words.`,
      `${at('emoji')} a character the link-preview image cannot draw: "💉" (U+1F489). ${WHAT_TO_DO}: delete it, or say it in words.`,
      `${at('line-separator')} a character the link-preview image cannot draw: an invisible character (U+2028). ${WHAT_TO_DO}: delete it, or say it in words.`,
      `${at('paragraph-separator')} a character the link-preview image cannot draw: an invisible character (U+2029). ${WHAT_TO_DO}: delete it, or say it in words.`,
      `${at('several')} characters the link-preview image cannot draw: "✓" (U+2713), an invisible character (U+2028), "💉" (U+1F489). ${WHAT_TO_DO}: delete them, or say them in words.`,
    ]);
  });

  it('is not reported for English and Spanish titles with accents and punctuation', () => {
    const source = '---\ntitle: "¿Qué es la punción seca? «Agujas» – 30 minutos…"\n---\n';
    expect(titleCharacterFinding(source, '¿Qué es la punción seca? «Agujas» – 30 minutos…')).toBeUndefined();
    expect(titleCharacterFinding(source, 'What happens at a visit (and after)?')).toBeUndefined();
  });

  it('leaves out a separator at either end of the title, which the page trims away', () => {
    expect(titleCharacterFinding('---\ntitle: x\n---\n', '\u2028How dry needling may help\u2029')).toBeUndefined();
  });

  it('leaves a missing or non-text title to the front matter check', () => {
    expect(titleCharacterFinding('---\n---\n', undefined)).toBeUndefined();
    expect(titleCharacterFinding('---\ntitle: 3\n---\n', 3)).toBeUndefined();
  });
});
