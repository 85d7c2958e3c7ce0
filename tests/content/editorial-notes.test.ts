import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadEditorialNotes } from '@/lib/content/editorial-notes';

const notes = await loadEditorialNotes();

describe('the editorial notes in content/editorial-notes.yaml', () => {
  it("record the three unclear phrases of the clinic's article, and the page that reads each", () => {
    expect(notes?.notes.map((note) => [note.quote, note.page])).toEqual([
      ['blood disorders vs. bleeding disorders', 'who-should-not-have-dry-needling'],
      ['lateral elbow pain from golfing', 'what-it-treats'],
      ['As the treated has evolved', 'is-it-right-for-me'],
    ]);
  });

  it('are linked from the README, so editors find them', () => {
    expect(readFileSync('README.md', 'utf8')).toContain('(content/editorial-notes.yaml)');
  });
});
