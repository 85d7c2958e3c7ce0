import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/checks/content-check';
import { titleCharacterProblem } from '@/lib/checks/title-characters';
import { articleFrontMatterSchema } from '@/lib/content/article-schema';
import { splitFrontMatter } from '@/lib/content/front-matter';
import { formatProblem } from '@/lib/content/problem';
import { english } from '@/lib/i18n/languages';
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
  return report.problems.filter((problem) => problem.message.startsWith('"title"') || problem.message.includes('invisible character')).map(formatProblem);
}

/** What the check finds in an article file whose front matter has this title line. */
function problemWithTitle(titleLine: string) {
  const split = splitFrontMatter(`---\n${titleLine}\ndescription: A page.\norder: 1\n---\n\nText.\n`);
  return titleCharacterProblem({ file: 'content/page.md', slug: 'page', split, frontMatter: articleFrontMatterSchema.parse(split.data) });
}

const WHAT_TO_DO = 'Use only letters, digits and common punctuation';

describe('a title with a character the link-preview image cannot draw', () => {
  it('is an error on the line of "title", naming each character, one case per fixture file', async () => {
    const at = (file: string) => `tests/fixtures/content/${FIXTURE}/${file}.md:2: error: "title" has`;
    expect(await titleLines()).toEqual([
      `${at('check-mark')} a character the link-preview image cannot draw: "✓" (U+2713). ${WHAT_TO_DO}: delete it, or say it in words.`,
      `${at('emoji')} a character the link-preview image cannot draw: "💉" (U+1F489). ${WHAT_TO_DO}: delete it, or say it in words.`,
      // Typed as it is, U+2028 is refused for the whole file by the text rules before any title is read.
      `tests/fixtures/content/${FIXTURE}/line-separator.md:2: error: has the invisible character U+2028 (line separator), which can hide or reverse text on the page. Delete it: retype the words around it, or paste them as plain text.`,
      `${at('paragraph-separator')} a character the link-preview image cannot draw: an invisible character (U+2029). ${WHAT_TO_DO}: delete it, or say it in words.`,
      `${at('several')} characters the link-preview image cannot draw: "✓" (U+2713), an invisible character (U+2028), "💉" (U+1F489). ${WHAT_TO_DO}: delete them, or say them in words.`,
    ]);
  });

  it('is not reported for English and Spanish titles with accents and punctuation', () => {
    expect(problemWithTitle('title: "¿Qué es la punción seca? «Agujas» – 30 minutos…"')).toBeUndefined();
    expect(problemWithTitle("title: What happens at a visit (and after)? It's 100% your choice")).toBeUndefined();
  });

  it('leaves out a separator at either end of the title, which the page trims away', () => {
    expect(problemWithTitle('title: "\\u2028How dry needling may help\\u2029"')).toBeUndefined();
    expect(problemWithTitle('title: "How dry needling\\u2029may help"')?.line).toBe(2);
  });
});
