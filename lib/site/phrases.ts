import type { StateAvailability } from '@/lib/content/availability';
import type { SourceArticle } from '@/lib/content/source-article';
import type { StateAnswer, StateAnswerKind } from '@/lib/content/state-answers';
import { formatDate } from '@/lib/i18n/dates';
import type { Language } from '@/lib/i18n/language';
import { LANGUAGES, languageNameIn, unreviewedLanguages } from '@/lib/i18n/languages';
import { joinWithAnd } from '@/lib/i18n/lists';
import { message } from '@/lib/i18n/messages';
import type { StateCode } from '@/lib/i18n/us-states';
import { stateAtSentenceStart, stateInSentence } from './state-pages';

/*
 * The messages the pages show from data: where dry needling is available, where a page's facts
 * come from, and the example-data labels. This module picks the case and the values (state
 * names, dates, counts) in the page's language; every sentence is a whole message of the
 * language's catalog (lib/i18n/messages/), so every page words the three cases of
 * lib/content/state-answers the same way in each language. Every sentence says only what the
 * clinic's article or the locations data says: never "offered" where neither says so.
 */

// ---------- The compact notice on the home page and every topic page ----------

/** What the clinic's article says about states, in one sentence. */
export function notAvailableSentence(notAvailable: readonly StateAvailability[], language: Language): string {
  const names = notAvailable.map((state) => stateInSentence(state.code, language));
  if (names.length === 0) return message(language, 'availability.noStateNamed');
  return message(language, 'availability.notAvailable', { states: joinWithAnd(names, language.locale) });
}

// ---------- The list of every state ----------

/** The few words beside a state's name in the list of states. */
export function stateStatus(answer: StateAnswer, language: Language): string {
  switch (answer.kind) {
    case 'not-available':
      return message(language, 'stateList.notAvailable');
    case 'offered-at-locations':
      return message(language, 'stateList.offeredAt', { locations: answer.locations.length });
    case 'not-stated':
      return message(language, 'stateList.notKnown');
  }
}

/** Where the list of states where it is not available comes from, dated by the article, never as "checked". */
export function stateListSource(source: SourceArticle, language: Language): string {
  return message(language, 'stateList.source', { date: formatDate(source.published, language.locale) });
}

/** Only when an editor has set the day a person checked the list: named for what it is. */
export function stateListChecked(checked: string, language: Language): string {
  return message(language, 'stateList.checked', { date: formatDate(checked, language.locale) });
}

// ---------- One state's page ----------

/** The state page's title and main heading: the state's name is in it, so searches and staff links land on the answer. */
export function statePageTitle(code: StateCode, language: Language): string {
  return message(language, 'statePage.title', { state: stateInSentence(code, language) });
}

/**
 * What the clinic's article says about the state, or nothing when the answer comes from the
 * locations alone. These sentences never depend on the locations data, so they can come
 * before the notice that the locations are examples.
 */
export function answerFromArticle(answer: StateAnswer, notAvailableCount: number, language: Language): string | undefined {
  switch (answer.kind) {
    case 'not-available':
      return message(language, 'statePage.notAvailable', { state: stateInSentence(answer.state.code, language) });
    case 'offered-at-locations':
      return undefined;
    case 'not-stated':
      return notNamedSentences(stateAtSentenceStart(answer.state.code, language), notAvailableCount, language);
  }
}

/** A state the article does not name: how many states it does name, and that this one is not among them. */
function notNamedSentences(stateAtStart: string, notAvailableCount: number, language: Language): string {
  if (notAvailableCount === 0) return message(language, 'availability.noStateNamed');
  return message(language, 'statePage.notNamed', { statesNamed: notAvailableCount, stateAtSentenceStart: stateAtStart });
}

/** What the locations data says about the state. Pages put the example-data notice before these. */
export function answerFromLocations(answer: StateAnswer, language: Language): string | undefined {
  const state = stateInSentence(answer.state.code, language);
  switch (answer.kind) {
    case 'not-available':
      return undefined;
    case 'offered-at-locations':
      return message(language, 'statePage.offeredAt', {
        state,
        locations: answer.locations.length,
        clinicLocations: answer.clinicLocations,
        // "both of", "all 3 of", or "1 of the clinic's 3": never a count that suggests locations that are not there.
        share: answer.locations.length === answer.clinicLocations ? 'all' : 'some',
      });
    case 'not-stated':
      return message(language, 'statePage.noLocation', { state });
  }
}

/** What the reader can do, under "What to do next". `elsewhere` is whether locations in other states are listed. */
export function nextSteps(answer: StateAnswer, elsewhere: boolean, language: Language): readonly string[] {
  const others = elsewhere ? [message(language, 'statePage.otherStatesListed')] : [];
  switch (answer.kind) {
    case 'not-available':
      return [message(language, 'statePage.nextStepsNotAvailable'), ...others];
    case 'offered-at-locations':
      return [message(language, 'statePage.nextStepsOffered')];
    case 'not-stated':
      return [message(language, 'statePage.nextStepsNotStated', { state: stateInSentence(answer.state.code, language) }), ...others];
  }
}

/** The heading over the listed locations: those in the state when there are any, else those elsewhere. */
export function stateLocationsHeading(answer: StateAnswer, language: Language): string {
  if (answer.kind !== 'offered-at-locations') return message(language, 'statePage.locationsElsewhere');
  return message(language, 'statePage.locationsInState', { state: stateInSentence(answer.state.code, language) });
}

/** The state page's summary for search results and link previews, in the same three cases. */
export function statePageDescription(answer: StateAnswer, notAvailableCount: number, exampleLocations: boolean, language: Language): string {
  const code = answer.state.code;
  const values = { state: stateInSentence(code, language), stateAtSentenceStart: stateAtSentenceStart(code, language) };
  return stateDescriptionOf(answer.kind, values, notAvailableCount, exampleLocations, language);
}

/**
 * A state page's summary with the state's name given as text: a page's own, or the blank of
 * the template for a group of states in the staff emails ("[state]"), so the template says
 * word for word what each state's email says.
 */
export function stateDescriptionOf(
  kind: StateAnswerKind,
  values: { readonly state: string; readonly stateAtSentenceStart: string },
  notAvailableCount: number,
  exampleLocations: boolean,
  language: Language,
): string {
  switch (kind) {
    case 'not-available':
      return message(language, 'statePage.descriptionNotAvailable', { state: values.state });
    case 'offered-at-locations':
      // A search result must not pass made-up clinics off as real ones.
      return message(language, 'statePage.descriptionOfferedAt', { state: values.state, locationData: locationData(exampleLocations) });
    case 'not-stated': {
      const sentences = notNamedSentences(values.stateAtSentenceStart, notAvailableCount, language);
      return findOutFits(notAvailableCount, language) ? `${sentences} ${message(language, 'statePage.descriptionFindOut')}` : sentences;
    }
  }
}

/** Which of the locations data's two cases a message chooses by: "example" while the clinics are made up, "real" after. */
export function locationData(exampleLocations: boolean): string {
  return exampleLocations ? 'example' : 'real';
}

/** Search results cut a longer description, and link previews a shorter one still. */
export const DESCRIPTION_MAX_LENGTH = 160;

/**
 * Whether the summary of a state the clinic's article does not name can end with "See how to find
 * out…": only when it fits in DESCRIPTION_MAX_LENGTH for the state with the longest name in the
 * language, so every state's summary, and the staff emails' template, say the same words.
 */
function findOutFits(notAvailableCount: number, language: Language): boolean {
  const findOut = message(language, 'statePage.descriptionFindOut');
  return (Object.keys(language.stateNames) as StateCode[]).every(
    (code) => [...`${notNamedSentences(stateAtSentenceStart(code, language), notAvailableCount, language)} ${findOut}`].length <= DESCRIPTION_MAX_LENGTH,
  );
}

// ---------- Where a page's facts come from ----------

/** The one line on every topic and state page naming the clinic's article it is based on. */
export function basedOnSource(source: SourceArticle, language: Language): string {
  return message(language, 'basedOn', { title: source.title, date: formatDate(source.published, language.locale) });
}

// ---------- Example data ----------

/** How a location says whether it offers dry needling: a label and its value, not a bold line that reads as a heading. */
export function locationOffers(offersDryNeedling: boolean, language: Language): { label: string; value: string } {
  return {
    label: message(language, 'locations.offersLabel'),
    value: offersDryNeedling ? message(language, 'locations.offered') : message(language, 'locations.notOffered'),
  };
}

// ---------- The pages about the site ----------

/**
 * The languages whose pages no qualified translator has reviewed yet, named in the reader's
 * language as one list ("Spanish", "español"), or undefined once every translation is reviewed.
 * @param catalogReviewed whether a translator's review on record covers a language's interface catalog
 */
export function unreviewedLanguageNames(reader: Language, languages: readonly Language[] = LANGUAGES, catalogReviewed: (language: Language) => boolean = () => true): string | undefined {
  const unreviewed = new Set(unreviewedLanguages(languages));
  const names = languages.filter((language) => unreviewed.has(language) || !catalogReviewed(language)).map((language) => languageNameIn(language, reader));
  return names.length === 0 ? undefined : joinWithAnd(names, reader.locale);
}
