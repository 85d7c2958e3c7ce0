import { syllable } from 'syllable';
import type { Language } from '@/lib/i18n/language';
import { editorialStandards } from '@/lib/content/editorial-standards';
import type { ReadingScale, TextCounts } from './readability';
import { spanishSyllables } from './spanish-syllables';

const { readingGradeLimit, readingGradeTarget, spanishReadingScoreLimit, spanishReadingScoreTarget } = editorialStandards;

/** Flesch-Kincaid grade (Kincaid et al. 1975): the US school grade that can read the text. */
function fleschKincaidGrade({ words, sentences, syllables }: TextCounts): number {
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

/**
 * Fernández-Huerta reading ease (Fernández Huerta 1959), Flesch's reading ease adapted to
 * Spanish: L = 206.84 − 0.60 P − 1.02 F, with P the syllables per 100 words and F the words
 * per sentence. It is often quoted with F as "sentences per 100 words", which would make
 * shorter sentences score as harder; Flesch's formula, which it adapts, uses the average
 * sentence length, as here (Law 2011; the same as legible.es and textstat).
 */
function fernandezHuertaScore({ words, sentences, syllables }: TextCounts): number {
  return 206.84 - 0.6 * ((100 * syllables) / words) - 1.02 * (words / sentences);
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

const spanish: ReadingScale = {
  syllables: spanishSyllables,
  score: fernandezHuertaScore,
  easier: 'higher',
  limit: spanishReadingScoreLimit,
  target: spanishReadingScoreTarget,
  wording: {
    page: (score) => `scores ${score} on the Fernández-Huerta scale (Spanish)`,
    sentence: (score) => `score ${score}`,
    limitRule: `patient pages must score ${spanishReadingScoreLimit} or more`,
    targetRule: `the target is ${spanishReadingScoreTarget} or more`,
  },
};

/** The scale each language's pages are measured on, by language code. */
export const readingScales = { en: english, es: spanish } as const satisfies Record<string, ReadingScale>;

export type ReadingLanguage = keyof typeof readingScales;

/**
 * The scale a language's pages are measured on. A language with no scale of its own yet is not
 * measured: add its scale here (a formula made for that language, with its thresholds and why).
 */
export function readingScaleFor(language: Language): ReadingScale | undefined {
  return Object.hasOwn(readingScales, language.code) ? readingScales[language.code as ReadingLanguage] : undefined;
}
