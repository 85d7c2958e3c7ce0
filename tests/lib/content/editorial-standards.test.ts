import { describe, expect, it } from 'vitest';
import { editorialStandards, reviewCycleText } from '@/lib/content/editorial-standards';

describe('the editorial standards the check enforces and the footer states', () => {
  it('holds pages to grade 8 at most and aims at grade 6, in English and in Spanish', () => {
    expect(editorialStandards).toMatchObject({ readingGradeLimit: 8, readingGradeTarget: 6, spanishReadingScoreLimit: 60, spanishReadingScoreTarget: 70 });
  });

  it('says the review cycle in words', () => {
    expect(editorialStandards.reviewCycleYears).toBe(1);
    expect(reviewCycleText).toBe('one year');
  });
});
