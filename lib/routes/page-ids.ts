/**
 * The ids the page templates gave the first pages, in English. The templates now take each
 * page's ids from its language's catalog (lib/i18n/page-ids.ts; English keeps these), and a
 * page in another language still answers to these, since staff have sent links with them
 * (components/former-id.tsx). Article headings never take these (a heading "Dry needling by
 * state" gets dry-needling-by-state-1), so a section link always lands where it should.
 */
export const PAGE_IDS = {
  mainContent: 'main-content',
  topics: 'topics',
  stateTable: 'dry-needling-by-state',
  therapistCallout: 'talk-to-your-physical-therapist',
  stateNextSteps: 'what-to-do-next',
  stateLocations: 'locations-that-offer-dry-needling',
  stateEmails: 'emails-about-each-state',
  guideContents: 'guide-contents',
} as const;

/** The group of states starting with a letter in the list of states, for the A–Z jump links: states-n. */
export function stateLetterId(letter: string): string {
  return `states-${letter.toLowerCase()}`;
}

const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/** All 26 letters, so which ids are reserved does not depend on the letters the states start with. */
const STATE_LETTER_IDS: readonly string[] = LETTERS.map(stateLetterId);

export const RESERVED_IDS: readonly string[] = [...Object.values(PAGE_IDS), ...STATE_LETTER_IDS];
