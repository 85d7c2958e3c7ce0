/** The numbers the footer and the about page state, as lib/content/editorial-standards sets them. */
export interface EditorialRules {
  readonly readingGradeTarget: number;
  readonly readingGradeLimit: number;
  readonly spanishReadingScoreTarget: number;
  readonly spanishReadingScoreLimit: number;
  readonly reviewCycleYears: number;
}
