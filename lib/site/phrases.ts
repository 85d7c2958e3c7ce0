import type { StateAvailability } from '@/lib/content/availability';
import type { SourceArticle } from '@/lib/content/source-article';
import type { StateAnswer } from '@/lib/content/state-answers';
import { formatDate } from '@/lib/i18n/dates';
import { joinWithAnd } from '@/lib/i18n/lists';
import { nameInSentence, type StateCode } from '@/lib/i18n/us-states';

/*
 * The sentences the pages build from data: where dry needling is available, where a page's
 * facts come from, and the example-data labels. They are kept here, not in the components,
 * so every page words the three cases of lib/content/state-answers the same way, and the
 * Spanish edition replaces this one module. Every sentence says only what the clinic's
 * article or the locations data says: never "offered" where neither says so.
 */

/** "the District of Columbia" → "The District of Columbia", for the start of a sentence. */
function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function count(amount: number, one: string, many: string): string {
  return amount === 1 ? `1 ${one}` : `${amount} ${many}`;
}

// ---------- The compact notice on the home page and every topic page ----------

/** What the clinic's article says about states, in one sentence. */
export function notAvailableSentence(notAvailable: readonly StateAvailability[]): string {
  if (notAvailable.length === 0) return "The clinic's article does not name any state where dry needling is not available.";
  return `The clinic's article says dry needling is not available in ${joinWithAnd(notAvailable.map((state) => nameInSentence(state.code)))}.`;
}

export const CHECK_YOUR_STATE = 'Check if dry needling is offered in your state';

// ---------- The list of every state ----------

/** The few words beside a state's name in the list of states. */
export function stateStatus(answer: StateAnswer): string {
  switch (answer.kind) {
    case 'not-available':
      return 'Not available';
    case 'offered-at-locations':
      return `Offered at ${count(answer.locations.length, 'location', 'locations')}`;
    case 'not-stated':
      return 'Not known';
  }
}

export const STATE_LIST_INTRO = 'Choose your state to see what we know about dry needling there and what to do next.';

/** Where the list of states where it is not available comes from, dated by the article, never as "checked". */
export function stateListSource(source: SourceArticle): string {
  return `The states where dry needling is not available come from the clinic's article of ${formatDate(source.published)}.`;
}

/** Only when an editor has set the day a person checked the list: named for what it is. */
export function stateListChecked(checked: string): string {
  return `A person at the clinic last checked this list on ${formatDate(checked)}.`;
}

// ---------- One state's page ----------

/** The state page's title and main heading: the state's name is in it, so searches and staff links land on the answer. */
export function statePageTitle(code: StateCode): string {
  return `Dry needling in ${nameInSentence(code)}`;
}

/**
 * What the clinic's article says about the state, or nothing when the answer comes from the
 * locations alone. These sentences never depend on the locations data, so they can come
 * before the notice that the locations are examples.
 */
export function answerFromArticle(answer: StateAnswer, notAvailableCount: number): readonly string[] {
  const name = nameInSentence(answer.state.code);
  switch (answer.kind) {
    case 'not-available':
      return [`Dry needling is not available in ${name}.`, "The clinic's article says so."];
    case 'offered-at-locations':
      return [];
    case 'not-stated':
      return notAvailableCount === 0
        ? ["The clinic's article does not name any state where dry needling is not available."]
        : [
            `The clinic's article names ${count(notAvailableCount, 'state', 'states')} where dry needling is not available.`,
            `${capitalised(name)} is not one of them.`,
          ];
  }
}

/** What the locations data says about the state. Pages put the example-data notice before these. */
export function answerFromLocations(answer: StateAnswer): readonly string[] {
  const name = nameInSentence(answer.state.code);
  switch (answer.kind) {
    case 'not-available':
      return [];
    case 'offered-at-locations': {
      const amount = answer.locations.length;
      return amount === 1
        ? [`Dry needling is offered at one of the clinic's locations in ${name}.`, 'It is listed below.']
        : [`Dry needling is offered at ${amount} of the clinic's locations in ${name}.`, 'They are listed below.'];
    }
    case 'not-stated':
      return [`The clinic has no location in ${name} that offers dry needling.`];
  }
}

export const NEXT_STEPS_HEADING = 'What to do next';

/** What the reader can do, under "What to do next". `elsewhere` is whether locations in other states are listed. */
export function nextSteps(answer: StateAnswer, elsewhere: boolean): readonly string[] {
  const name = nameInSentence(answer.state.code);
  switch (answer.kind) {
    case 'not-available':
      return [
        'Talk to your physical therapist about other treatments. Dry needling is one part of a plan of care. It is used alongside other therapies.',
        ...(elsewhere ? ['Locations in other states that offer it are listed below.'] : []),
      ];
    case 'offered-at-locations':
      return ['Call a location below to ask about dry needling. Your physical therapist will help you decide if it is right for you.'];
    case 'not-stated':
      return [
        `To find out if you can get it in ${name}, ask your physical therapist. Or call one of the clinic's locations.`,
        ...(elsewhere ? ['Locations in other states that offer it are listed below.'] : []),
      ];
  }
}

/** The heading over the listed locations: those in the state when there are any, else those elsewhere. */
export function stateLocationsHeading(answer: StateAnswer): string {
  return answer.kind === 'offered-at-locations'
    ? `Locations in ${nameInSentence(answer.state.code)} that offer dry needling`
    : 'Locations in other states that offer dry needling';
}

export const EVERY_STATE_LINK = 'See the list of every state';

/** The state page's summary for search results and link previews, in the same three cases. */
export function statePageDescription(answer: StateAnswer, notAvailableCount: number, exampleLocations: boolean): string {
  const name = nameInSentence(answer.state.code);
  switch (answer.kind) {
    case 'not-available':
      return `The clinic's article says dry needling is not available in ${name}. See what to do instead.`;
    case 'offered-at-locations': {
      // A search result must not pass made-up clinics off as real ones.
      const which = exampleLocations ? "of the clinic's example locations" : "of the clinic's locations";
      return `Dry needling is offered at ${answer.locations.length} ${which} in ${name}. See where they are and what to do next.`;
    }
    case 'not-stated':
      return `${answerFromArticle(answer, notAvailableCount).join(' ')} See how to find out if you can get it there.`;
  }
}

// ---------- Where a page's facts come from ----------

/** The one line on every topic and state page naming the clinic's article it is based on. */
export function basedOnSource(source: SourceArticle): string {
  return `This page is based on the clinic's article "${source.title}" of ${formatDate(source.published)}.`;
}

// ---------- Example data ----------

/** Shown before the first sentence or number that depends on the example locations. */
export const EXAMPLE_DATA_NOTICE = {
  lead: 'The clinic locations on this page are example data.',
  rest: 'They are not real clinics: the names, addresses and phone numbers are made up.',
} as const;

/** A link to /locations/ that says, while they are, that the locations are examples. */
export function locationsLinkText(exampleLocations: boolean): string {
  return exampleLocations ? "See the clinic's locations (example data, not real clinics)" : "See all of the clinic's locations";
}

/** How a location says whether it offers dry needling: a label and its value, not a bold line that reads as a heading. */
export function locationOffers(offersDryNeedling: boolean): { label: string; value: string } {
  return { label: 'Dry needling', value: offersDryNeedling ? 'Offered at this location' : 'Not offered at this location' };
}
