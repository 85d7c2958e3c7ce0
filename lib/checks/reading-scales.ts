import { syllable } from 'syllable';
import { editorialStandards } from '@/lib/content/editorial-standards';
import type { ReadingScale, TextCounts } from './readability';

const { readingGradeLimit, readingGradeTarget } = editorialStandards;

/** Flesch-Kincaid grade (Kincaid et al. 1975): the US school grade that can read the text. */
function fleschKincaidGrade({ words, sentences, syllables }: TextCounts): number {
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

const english: ReadingScale = {
  // syllable() counts 0 for a number like 2024; it is still read aloud as at least one.
  syllables: (word) => Math.max(1, syllable(word)),
  score: fleschKincaidGrade,
  easier: 'lower',
  limit: readingGradeLimit,
  target: readingGradeTarget,
  wording: {
    page: (grade) => `reads at US school grade ${grade}`,
    sentence: (grade) => `grade ${grade}`,
    limitRule: `patient pages must be grade ${readingGradeLimit.toFixed(1)} or lower`,
    targetRule: `the target is grade ${readingGradeTarget.toFixed(1)} or lower`,
  },
};

/** The scale each language's pages are measured on, by language code. */
export const readingScales = { en: english } as const satisfies Record<string, ReadingScale>;

export type ReadingLanguage = keyof typeof readingScales;
