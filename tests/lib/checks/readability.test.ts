import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '@/lib/content/markdown';
import { hardestSentences, readingLevel } from '@/lib/checks/readability';
import { readingScaleFor, readingScales } from '@/lib/checks/reading-scales';
import { english, spanish } from '@/lib/i18n/languages';
import { vietnamese } from '@/tests/fixtures/third-language';

const { en, es } = readingScales;

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

  it('counts a number as one syllable at least, as it is read aloud', () => {
    // "Call 911 now.": 3 words, 3 syllables.
    expect(readingLevel(parseMarkdown('Call 911 now.'), en).score).toBeCloseTo(0.39 * 3 + 11.8 * (3 / 3) - 15.59, 5);
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

  it('gives a sentence written twice in a paragraph the line of each time it is written', () => {
    expect(sentencesOf('It may feel sore.\nIt may feel sore.\nAsk your physical therapist.\n')).toEqual([
      { text: 'It may feel sore.', line: 1 },
      { text: 'It may feel sore.', line: 2 },
      { text: 'Ask your physical therapist.', line: 3 },
    ]);
  });

  it('shows a sentence with the spaces and line breaks inside it as single spaces', () => {
    expect(sentencesOf('It may  feel\nsore   for a day.')).toEqual([{ text: 'It may feel sore for a day.', line: 1 }]);
  });

  it('reads the words of a paragraph without its inline HTML tags', () => {
    expect(sentencesOf('Some <b>people</b> feel sore.')).toEqual([{ text: 'Some people feel sore.', line: 1 }]);
    // The tag leaves a space before the first word, which the quote in a message would show.
    expect(sentencesOf('<span></span> Some people feel sore.')).toEqual([{ text: 'Some people feel sore.', line: 1 }]);
  });

  it('counts no sentence for an empty table cell', () => {
    expect(sentencesOf('| Effect | Note |\n| --- | --- |\n| Bruising | |\n').map((sentence) => sentence.text)).toEqual(['Effect', 'Note', 'Bruising']);
  });
});

describe('hardestSentences: which sentences are long enough to rank', () => {
  it('ranks a sentence of exactly five words and leaves out one of four', () => {
    // On their own, the four-word sentence scores the highest grade of the three.
    const level = readingLevel(parseMarkdown('Physiotherapists evaluate musculoskeletal dysfunction.\n\nIt can feel sore afterwards.\n\nMost people feel fine today.'), en);
    expect(hardestSentences(level, en, 3).map((sentence) => sentence.text)).toEqual(['It can feel sore afterwards.', 'Most people feel fine today.']);
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

describe('readingLevel in Spanish', () => {
  const score = (markdown: string) => readingLevel(parseMarkdown(markdown), es).score;

  it('gives the Fernández-Huerta score: 206.84 − 0.60 × syllables per 100 words − 1.02 × words per sentence', () => {
    // 7 words, 14 syllables (la, pun·ción, se·ca, u·sa, u·na, a·gu·ja, fi·na), 1 sentence:
    // 206.84 − 0.60 × (100 × 14 / 7) − 1.02 × 7 = 206.84 − 120 − 7.14 = 79.70.
    expect(score('La punción seca usa una aguja fina.')).toBeCloseTo(79.7, 5);
  });

  it('scores a text of several sentences as a whole, and each sentence on its own', () => {
    // "El fi·sio·te·ra·peu·ta re·vi·sa su cuer·po.": 5 words, 13 syllables.
    // "Des·pués de·ci·de con us·ted si la pun·ción se·ca pue·de a·yu·dar.": 10 words, 19 syllables.
    // Page: 15 words, 32 syllables, 2 sentences: 206.84 − 0.60 × 213.33 − 1.02 × 7.5 = 206.84 − 128 − 7.65 = 71.19.
    // First: 206.84 − 0.60 × 260 − 1.02 × 5 = 45.74. Second: 206.84 − 0.60 × 190 − 1.02 × 10 = 82.64.
    const level = readingLevel(
      parseMarkdown('El fisioterapeuta revisa su cuerpo. Después decide con usted si la punción seca puede ayudar.'),
      es,
    );
    expect(level.words).toBe(15);
    expect(level.score).toBeCloseTo(71.19, 5);
    expect(level.sentences.map((sentence) => sentence.score)).toEqual([expect.closeTo(45.74, 5), expect.closeTo(82.64, 5)]);
  });

  it('scores shorter sentences as easier, like Flesch: F is words per sentence, not sentences per 100 words', () => {
    expect(score('La aguja es fina. Casi no duele.')).toBeGreaterThan(score('La aguja es fina, casi no duele.'));
  });

  it('keeps ¿ and ¡ at the start of a sentence and ends sentences at ? and !', () => {
    expect(readingLevel(parseMarkdown('¿Duele? ¡Casi nada! Puede notar molestias.'), es).sentences.map((sentence) => sentence.text)).toEqual([
      '¿Duele?',
      '¡Casi nada!',
      'Puede notar molestias.',
    ]);
  });
});

describe('hardestSentences in Spanish', () => {
  it('ranks sentences of five words or more by their own score, lowest (hardest) first', () => {
    const level = readingLevel(
      parseMarkdown(
        [
          '- Acupuntura',
          '',
          // 9 words, 14 syllables: 206.84 − 0.60 × 155.56 − 1.02 × 9 = 104.33.
          'La aguja es muy fina y casi no duele.',
          // 45.74 and 82.64, as above.
          'El fisioterapeuta revisa su cuerpo.',
          'Después decide con usted si la punción seca puede ayudar.',
          // 6 words, 9 syllables: 206.84 − 0.60 × 150 − 1.02 × 6 = 110.72.
          '¿Le duele después de la sesión?',
        ].join('\n'),
      ),
      es,
    );
    expect(hardestSentences(level, es, 3).map((sentence) => [sentence.text, Number(sentence.score.toFixed(2))])).toEqual([
      ['El fisioterapeuta revisa su cuerpo.', 45.74],
      ['Después decide con usted si la punción seca puede ayudar.', 82.64],
      ['La aguja es muy fina y casi no duele.', 104.33],
    ]);
  });
});

describe('readingScaleFor', () => {
  it('measures English and Spanish pages each on their own scale, and a language without a scale not at all', () => {
    expect(readingScaleFor(english)).toBe(en);
    expect(readingScaleFor(spanish)).toBe(es);
    expect(readingScaleFor(vietnamese)).toBeUndefined();
  });
});
