/**
 * Ids the page templates put on every page or on particular pages. Article headings
 * never take these (a heading "Dry needling by state" gets dry-needling-by-state-1), so
 * a section link always lands where it should, and links to them can be checked.
 */
export const PAGE_IDS = {
  mainContent: 'main-content',
  topics: 'topics',
  stateTable: 'dry-needling-by-state',
  therapistCallout: 'talk-to-your-physical-therapist',
} as const;

export const RESERVED_IDS: readonly string[] = Object.values(PAGE_IDS);
