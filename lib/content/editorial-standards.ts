/**
 * The rules content is written and reviewed by. `npm run check:content` enforces them and
 * the site footer tells readers about them, so the two cannot drift apart.
 */
export const editorialStandards = {
  // English pages are scored on the Flesch-Kincaid grade, where lower reads easier.
  /** Above this Flesch-Kincaid grade a page is an error: the NIH ceiling for patient materials. */
  readingGradeLimit: 8,
  /** Above this grade a page gets a warning: the AMA target for patient materials. */
  readingGradeTarget: 6,
  // Spanish pages are scored on the Fernández-Huerta scale, where higher reads easier. Its
  // bands (Fernández Huerta 1959) are 70–80 for grade 6 and 60–70 for grades 7–8, so these
  // hold Spanish pages to the same grade 8 ceiling and grade 6 target as English ones.
  /** Below this Fernández-Huerta score a Spanish page is an error: harder than grade 8. */
  spanishReadingScoreLimit: 60,
  /** Below this score a Spanish page gets a warning: harder than grade 6. */
  spanishReadingScoreTarget: 70,
  /** "nextReview" may be at most this many years after "lastReviewed". */
  reviewCycleYears: 1,
  /** An article due for review within this many days gets a warning, so editors can plan. */
  reviewWarningDays: 30,
} as const;

/** "one year": the review cycle in words, for messages and the footer. */
export const reviewCycleText =
  editorialStandards.reviewCycleYears === 1 ? 'one year' : `${editorialStandards.reviewCycleYears} years`;
