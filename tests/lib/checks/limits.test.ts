import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/checks/content-check';
import { formatProblem } from '@/lib/content/problem';
import { english } from '@/lib/i18n/languages/en';
import { contentFixture } from '@/tests/fixtures/content-fixture';

const SOURCE_TEXT = 'tests/fixtures/source/dry-needling-article.txt';

async function linesAbout(fixture: string, fileName: string, today = '2025-01-15', build = false): Promise<string[]> {
  const report = await checkContent({ contentDir: contentFixture(fixture), today, build, sourceText: SOURCE_TEXT, languages: [english] });
  const file = `tests/fixtures/content/${fixture}/${fileName}`;
  return report.problems.filter((problem) => problem.file === file && problem.severity === 'error').map(formatProblem);
}

const DEEP_CONTAINERS =
  'error: the lists and quotes here are nested more than 40 levels deep. Lists may be nested 4 levels deep and quotes 3: remove the extra "-", "*", "+", "1." and ">" marks and the indentation at the start of the line.';

describe('checkContent: how deep Markdown may nest', () => {
  it('refuses a line of 850 list markers at its line, before anything parses it', async () => {
    expect(await linesAbout('deep-list', 'after-effects.md')).toEqual([`tests/fixtures/content/deep-list/after-effects.md:12: ${DEEP_CONTAINERS}`]);
  });

  it('refuses 3,000 quote marks at their line', async () => {
    expect(await linesAbout('deep-quote', 'after-effects.md')).toEqual([`tests/fixtures/content/deep-quote/after-effects.md:12: ${DEEP_CONTAINERS}`]);
  });

  it('names the list, the quote and the emphasis one level past their limits (4, 3 and 3), each where it goes past', async () => {
    expect(await linesAbout('nesting-past-limits', 'after-effects.md')).toEqual([
      'tests/fixtures/content/nesting-past-limits/after-effects.md:16: error: this list is nested 5 levels deep, inside other lists. Keep lists to 4 levels or fewer: deeper lists are hard to follow, above all on a phone. Move its items up a level, or split the list.',
      'tests/fixtures/content/nesting-past-limits/after-effects.md:21: error: this quote is nested 4 levels deep, inside other quotes. Keep quotes to 3 levels or fewer: remove the extra ">" marks at the start of its lines.',
      'tests/fixtures/content/nesting-past-limits/after-effects.md:23: error: this emphasis is nested 4 levels deep (italic, bold and struck-through text inside each other). Keep it to 3 levels or fewer: remove the extra *, _ or ~ marks.',
    ]);
  });
});

describe('checkContent: review dates in the future', () => {
  const FUTURE =
    'tests/fixtures/content/future-review/after-effects.md:5: error: "lastReviewed" (2099-01-01) is after today (2025-01-15). Set it to the day the page was checked against the clinic\'s article; that day cannot be in the future.';

  it('refuses a "lastReviewed" after today at its line', async () => {
    expect(await linesAbout('future-review', 'after-effects.md')).toEqual([FUTURE]);
  });

  it('refuses it in a build too, where a review that is due only warns', async () => {
    expect(await linesAbout('future-review', 'after-effects.md', '2025-01-15', true)).toEqual([FUTURE]);
  });

  it('accepts "lastReviewed" on the day itself', async () => {
    expect(await linesAbout('future-review', 'after-effects.md', '2099-01-01')).toEqual([]);
  });
});
