import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '@/lib/content/markdown';
import { hardestSentences, readingLevel } from '@/lib/checks/readability';
import { readingScales } from '@/lib/checks/reading-scales';

const { en } = readingScales;

function sentencesOf(markdown: string) {
  return readingLevel(parseMarkdown(markdown), en).sentences.map(({ text, line }) => ({ text, line }));
}

describe('readingLevel', () => {
  it('gives the Flesch-Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59', () => {
    // 12 words, 2 sentences, 17 syllables (nee·dling, re·lease, mus·cle, ten·sion and ea·sy have two).
    const level = readingLevel(parseMarkdown('Dry needling can release muscle tension. It is not easy for all.'), en);
    expect(level.words).toBe(12);
    expect(level.score).toBeCloseTo(0.39 * (12 / 2) + 11.8 * (17 / 12) - 15.59, 5);
  });

  it('ends a sentence at the end of each list item and table cell, even without a full stop', () => {
    const markdown = [
      'You may feel:',
      '',
      '- Bruising',
      '- Soreness',
      '',
      '| Dry needling | Acupuncture |',
      '| --- | --- |',
      '| Fewer needles | More needles |',
    ].join('\n');
    expect(sentencesOf(markdown).map((sentence) => sentence.text)).toEqual([
      'You may feel:',
      'Bruising',
      'Soreness',
      'Dry needling',
      'Acupuncture',
      'Fewer needles',
      'More needles',
    ]);
  });

  it('leaves out headings and code, which are not read as sentences', () => {
    expect(sentencesOf('## What you may feel afterwards\n\nSome people feel sore.\n\n```\nnpm run check:content\n```\n')).toEqual([
      { text: 'Some people feel sore.', line: 3 },
    ]);
  });

  it('gives each sentence the line it starts on, inside a paragraph written over several lines', () => {
    expect(sentencesOf('Intro.\n\nA trigger point is a tight knot. It can hurt\nwhen pressed. Ask your physical therapist.\n')).toEqual([
      { text: 'Intro.', line: 1 },
      { text: 'A trigger point is a tight knot.', line: 3 },
      { text: 'It can hurt when pressed.', line: 3 },
      { text: 'Ask your physical therapist.', line: 4 },
    ]);
  });
});

describe('hardestSentences', () => {
  it('ranks sentences of five words or more by their own grade, hardest first, and skips short labels', () => {
    const level = readingLevel(
      parseMarkdown(
        [
          '- Acupuncture',
          '',
          'Some people feel sore for a day.',
          'Trigger points are hyperirritable spots in the muscles.',
          'Dry needling treats areas of dysfunction after overuse.',
          'Ask your physical therapist about it.',
        ].join('\n'),
      ),
      en,
    );
    expect(hardestSentences(level, en, 3).map((sentence) => sentence.text)).toEqual([
      'Trigger points are hyperirritable spots in the muscles.',
      'Dry needling treats areas of dysfunction after overuse.',
      'Ask your physical therapist about it.',
    ]);
  });
});
