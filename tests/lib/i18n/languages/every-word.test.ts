import { describe, expect, it } from 'vitest';
import type { Language } from '@/lib/i18n/language';
import { english } from '@/lib/i18n/languages/en';
import { spanish } from '@/lib/i18n/languages/es';

/**
 * What any word that takes something is given: it reads as a state's name, a date, a title or a
 * number in a sentence, and as the editorial standards.
 */
const ANYTHING = Object.assign(new String('Texas'), {
  readingGradeTarget: 6,
  readingGradeLimit: 8,
  reviewCycleYears: 1,
  spanishReadingScoreTarget: 70,
  spanishReadingScoreLimit: 60,
});

interface Word {
  /** Where the word is in the language, like words.statePage.title(): the same in every language. */
  readonly at: string;
  readonly text: unknown;
}

/** Every piece of text a language has, with where it is; a list is one place, whatever its length. */
function wordsOf(value: unknown, at: string): Word[] {
  if (typeof value === 'string' || value instanceof String) return [{ at, text: String(value) }];
  if (typeof value === 'function') {
    const said: unknown = value(ANYTHING, ANYTHING, ANYTHING);
    return said === undefined ? [{ at: `${at}()`, text: undefined }] : wordsOf(said, `${at}()`);
  }
  if (Array.isArray(value)) return value.length === 0 ? [{ at: `${at}[]`, text: undefined }] : value.flatMap((item) => wordsOf(item, `${at}[]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => wordsOf(item, at ? `${at}.${key}` : key));
  return [];
}

function places(language: Language): string[] {
  return [...new Set(wordsOf(language, '').map((word) => word.at))].sort();
}

describe('every word of every language', () => {
  it('is written: no label, heading, sentence or list of the site is empty in English or Spanish', () => {
    for (const language of [english, spanish]) {
      const missing = wordsOf(language, '').filter((word) => typeof word.text !== 'string' || word.text.trim() === '');
      expect(missing.map((word) => `${language.code}: ${word.at}`)).toEqual([]);
    }
  });

  it('has its counterpart in the other language, so no page shows a word only one language has', () => {
    expect(places(spanish)).toEqual(places(english));
    expect(places(english).length).toBeGreaterThan(200);
  });

  it('says on the Spanish pages that no qualified translator has reviewed them yet, until one has', () => {
    expect(spanish.translationReviewed).toBe(false);
  });
});
