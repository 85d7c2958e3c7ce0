/**
 * The rules content is written and reviewed by. `npm run check:content` enforces them and
 * the site footer tells readers about them, so the two cannot drift apart.
 */
export const editorialStandards = {
  /** Above this Flesch-Kincaid grade a page is an error: the NIH ceiling for patient materials. */
  readingGradeLimit: 8,
  /** Above this grade a page gets a warning: the AMA target for patient materials. */
  readingGradeTarget: 6,
  /** "nextReview" may be at most this many years after "lastReviewed". */
  reviewCycleYears: 1,
  /** An article due for review within this many days gets a warning, so editors can plan. */
  reviewWarningDays: 30,
} as const;

/** "one year": the review cycle in words, for messages and the footer. */
export const reviewCycleText =
  editorialStandards.reviewCycleYears === 1 ? 'one year' : `${editorialStandards.reviewCycleYears} years`;
