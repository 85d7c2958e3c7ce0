import type { StateAvailability } from '@/lib/content/availability';
import type { SourceArticle } from '@/lib/content/source-article';
import type { StateAnswer, StateAnswerKind } from '@/lib/content/state-answers';
import { formatDate } from '@/lib/i18n/dates';
import type { Language } from '@/lib/i18n/language';
import { LANGUAGES, languageNameIn, unreviewedLanguages } from '@/lib/i18n/languages';
import { joinWithAnd } from '@/lib/i18n/lists';
import type { StateCode } from '@/lib/i18n/us-states';
import { stateInSentence } from './state-pages';

/*
 * The sentences the pages build from data: where dry needling is available, where a page's
 * facts come from, and the example-data labels. This module picks the case and the values
 * (state names, dates, counts) in the page's language; the wording is the language's own
 * (lib/i18n/languages/), so every page words the three cases of lib/content/state-answers the
 * same way in each language. Every sentence says only what the clinic's article or the
 * locations data says: never "offered" where neither says so.
 */

// ---------- The compact notice on the home page and every topic page ----------

/** What the clinic's article says about states, in one sentence. */
export function notAvailableSentence(notAvailable: readonly StateAvailability[], language: Language): string {
  const names = notAvailable.map((state) => stateInSentence(state.code, language));
  return language.words.availability.notAvailable(names.length === 0 ? undefined : joinWithAnd(names, language.locale));
}

// ---------- The list of every state ----------

/** The few words beside a state's name in the list of states. */
export function stateStatus(answer: StateAnswer, language: Language): string {
  const { stateList } = language.words;
  switch (answer.kind) {
    case 'not-available':
      return stateList.notAvailable;
    case 'offered-at-locations':
      return stateList.offeredAt(answer.locations.length);
    case 'not-stated':
      return stateList.notKnown;
  }
}

/** Where the list of states where it is not available comes from, dated by the article, never as "checked". */
export function stateListSource(source: SourceArticle, language: Language): string {
  return language.words.stateList.source(formatDate(source.published, language.locale));
}

/** Only when an editor has set the day a person checked the list: named for what it is. */
export function stateListChecked(checked: string, language: Language): string {
  return language.words.stateList.checked(formatDate(checked, language.locale));
}

// ---------- One state's page ----------

/** The state page's title and main heading: the state's name is in it, so searches and staff links land on the answer. */
export function statePageTitle(code: StateCode, language: Language): string {
  return language.words.statePage.title(stateInSentence(code, language));
}

/**
 * What the clinic's article says about the state, or nothing when the answer comes from the
 * locations alone. These sentences never depend on the locations data, so they can come
 * before the notice that the locations are examples.
 */
export function answerFromArticle(answer: StateAnswer, notAvailableCount: number, language: Language): readonly string[] {
  const { statePage } = language.words;
  const name = stateInSentence(answer.state.code, language);
  switch (answer.kind) {
    case 'not-available':
      return statePage.notAvailable(name);
    case 'offered-at-locations':
      return [];
    case 'not-stated':
      return notNamedSentences(name, notAvailableCount, language);
  }
}

/** A state the article does not name: how many states it does name, and that this one is not among them. */
function notNamedSentences(state: string, notAvailableCount: number, language: Language): readonly string[] {
  const { statePage } = language.words;
  return notAvailableCount === 0 ? [statePage.noStateNamed] : statePage.notNamed(state, notAvailableCount);
}

/** What the locations data says about the state. Pages put the example-data notice before these. */
export function answerFromLocations(answer: StateAnswer, language: Language): readonly string[] {
  const { statePage } = language.words;
  const name = stateInSentence(answer.state.code, language);
  switch (answer.kind) {
    case 'not-available':
      return [];
    case 'offered-at-locations':
      return statePage.offeredAt(name, answer.locations.length);
    case 'not-stated':
      return [statePage.noLocation(name)];
  }
}

/** What the reader can do, under "What to do next". `elsewhere` is whether locations in other states are listed. */
export function nextSteps(answer: StateAnswer, elsewhere: boolean, language: Language): readonly string[] {
  const { statePage } = language.words;
  const others = elsewhere ? [statePage.otherStatesListed] : [];
  switch (answer.kind) {
    case 'not-available':
      return [statePage.nextStepsNotAvailable, ...others];
    case 'offered-at-locations':
      return [statePage.nextStepsOffered];
    case 'not-stated':
      return [statePage.nextStepsNotStated(stateInSentence(answer.state.code, language)), ...others];
  }
}

/** The heading over the listed locations: those in the state when there are any, else those elsewhere. */
export function stateLocationsHeading(answer: StateAnswer, language: Language): string {
  const { statePage } = language.words;
  return answer.kind === 'offered-at-locations' ? statePage.locationsInState(stateInSentence(answer.state.code, language)) : statePage.locationsElsewhere;
}

/** The state page's summary for search results and link previews, in the same three cases. */
export function statePageDescription(answer: StateAnswer, notAvailableCount: number, exampleLocations: boolean, language: Language): string {
  const locations = answer.kind === 'offered-at-locations' ? answer.locations.length : 0;
  return stateDescriptionOf(answer.kind, { state: stateInSentence(answer.state.code, language), locations }, notAvailableCount, exampleLocations, language);
}

/**
 * A state page's summary with the state's name and its count of locations given as text: a
 * page's own, or the blanks of the template for a group of states in the staff emails
 * ("[state]"), so the template says word for word what each state's email says.
 */
export function stateDescriptionOf(
  kind: StateAnswerKind,
  values: { readonly state: string; readonly locations: number | string },
  notAvailableCount: number,
  exampleLocations: boolean,
  language: Language,
): string {
  const { statePage } = language.words;
  switch (kind) {
    case 'not-available':
      return statePage.descriptionNotAvailable(values.state);
    case 'offered-at-locations':
      return statePage.descriptionOfferedAt(values.state, values.locations, exampleLocations);
    case 'not-stated': {
      const sentences = notNamedSentences(values.state, notAvailableCount, language).join(' ');
      return findOutFits(notAvailableCount, language) ? `${sentences} ${statePage.descriptionFindOut}` : sentences;
    }
  }
}

/** Search results cut a longer description, and link previews a shorter one still. */
export const DESCRIPTION_MAX_LENGTH = 160;

/**
 * Whether the summary of a state the clinic's article does not name can end with "See how to find
 * out…": only when it fits in DESCRIPTION_MAX_LENGTH for the state with the longest name in the
 * language, so every state's summary, and the staff emails' template, say the same words.
 */
function findOutFits(notAvailableCount: number, language: Language): boolean {
  const { statePage } = language.words;
  return (Object.keys(language.stateNames) as StateCode[]).every(
    (code) => [...`${notNamedSentences(stateInSentence(code, language), notAvailableCount, language).join(' ')} ${statePage.descriptionFindOut}`].length <= DESCRIPTION_MAX_LENGTH,
  );
}

// ---------- Where a page's facts come from ----------

/** The one line on every topic and state page naming the clinic's article it is based on. */
export function basedOnSource(source: SourceArticle, language: Language): string {
  return language.words.basedOn(source.title, formatDate(source.published, language.locale));
}

// ---------- Example data ----------

/** How a location says whether it offers dry needling: a label and its value, not a bold line that reads as a heading. */
export function locationOffers(offersDryNeedling: boolean, language: Language): { label: string; value: string } {
  const { locations } = language.words;
  return { label: locations.offersLabel, value: offersDryNeedling ? locations.offered : locations.notOffered };
}

// ---------- The pages about the site ----------

/**
 * The languages whose pages no qualified translator has reviewed yet, named in the reader's
 * language as one list ("Spanish", "español"), or undefined once every translation is reviewed.
 */
export function unreviewedLanguageNames(reader: Language, languages: readonly Language[] = LANGUAGES): string | undefined {
  const names = unreviewedLanguages(languages).map((language) => languageNameIn(language, reader));
  return names.length === 0 ? undefined : joinWithAnd(names, reader.locale);
}
