import { describe, expect, it } from 'vitest';
import { findStructureProblems } from '@/lib/content/article-structure';
import { parseMarkdown } from '@/lib/content/markdown';
import { problemLine } from '@/lib/content/problem';

const FILE = 'content/what-happens-at-a-visit.md';

/** The problems with a body whose front matter took six lines, as an editor counts lines in the file. */
function problemsOf(markdown: string): string[] {
  return findStructureProblems(FILE, parseMarkdown(markdown), (line) => (line === undefined ? undefined : line + 6)).map(problemLine);
}

const ADVICE = 'for readers who cannot see it.';

describe('findStructureProblems', () => {
  it('accepts an outline that goes down one level at a time and back up any number', () => {
    expect(problemsOf('## Before\n\n### At the visit\n\n#### Afterwards\n\n## Questions\n')).toEqual([]);
  });

  it('shows a heading as the editor wrote it, without HTML tags, when it skips a level', () => {
    expect(problemsOf('## Before\n\n#### After <b>treatment</b> <br>\n')).toEqual([
      `${FILE}:9: the heading "#### After treatment" skips a level: the heading before it is level 2. Use ### instead, so the outline has no gaps.`,
    ]);
  });

  it('counts the page title as level 1, so a body that starts with ### skips a level', () => {
    expect(problemsOf('### At the visit\n')).toEqual([
      `${FILE}:7: the heading "### At the visit" skips a level: the heading before it is level 1. Use ## instead, so the outline has no gaps.`,
    ]);
  });

  it('refuses a table with no heading above it to name it, and accepts one under a section heading', () => {
    const table = '| Feeling | Lasts |\n| --- | --- |\n| Soreness | 1 to 2 days |\n';
    expect(problemsOf(`Some text.\n\n${table}`)).toEqual([
      `${FILE}:9: the table has no heading above it, and a table is named by the heading of its section. Put a ## heading that says what the table compares just before it, like ## Side-by-side comparison.`,
    ]);
    expect(problemsOf(`## How long it lasts\n\n${table}`)).toEqual([]);
  });

  it('refuses an image whose description is empty or only spaces', () => {
    expect(problemsOf('![ ](/images/needle-in-shoulder.jpg)\n')).toEqual([
      `${FILE}:7: the image "/images/needle-in-shoulder.jpg" has no description. Write what it shows between the square brackets, like ![A physical therapist holding a thin needle](/images/needle-in-shoulder.jpg), ${ADVICE}`,
    ]);
  });

  it('refuses a reference-style image without a description, naming its reference', () => {
    expect(problemsOf('Text.\n\n![][needle]\n\n[needle]: /images/needle-in-shoulder.jpg\n')).toEqual([
      `${FILE}:9: the image "needle" has no description. Write what it shows between the square brackets, like ![A physical therapist holding a thin needle](needle), ${ADVICE}`,
    ]);
  });

  it('accepts images that say what they show', () => {
    expect(problemsOf('![A needle in a shoulder muscle](/images/needle-in-shoulder.jpg)\n\n![A needle][needle]\n\n[needle]: /images/needle-in-shoulder.jpg\n')).toEqual([]);
  });
});
