import { describe, expect, it } from 'vitest';
import { message } from '@/lib/i18n/messages';
import type { StateAvailability } from '@/lib/content/availability';
import { answerFor } from '@/lib/content/state-answers';
import { US_STATES, type StateCode } from '@/lib/i18n/us-states';
import {
  answerFromArticle,
  answerFromLocations,
  basedOnSource,
  locationOffers,
  nextSteps,
  notAvailableSentence,
  stateListChecked,
  stateListSource,
  stateLocationsHeading,
  statePageDescription,
  statePageTitle,
  stateStatus,
  unreviewedLanguageNames,
} from '@/lib/site/phrases';
import { english, spanish } from '@/lib/i18n/languages';
import { vietnamese } from '@/tests/fixtures/third-language';
import { fixtureSource } from '@/tests/fixtures/articles';
import { desert, riverbend } from '@/tests/fixtures/locations';

function state(code: StateCode, notAvailable = false): StateAvailability {
  return { code, name: US_STATES[code], notAvailable };
}

const california = answerFor(state('CA', true), []);
const texas = answerFor(state('TX'), [riverbend, { ...riverbend, name: 'Lone Star Movement Clinic' }]);
const arizona = answerFor(state('AZ'), [desert]);
const vermont = answerFor(state('VT'), [desert, riverbend]);

/** Every sentence the site can say about one state, in every place it says them. */
function everything(answer: ReturnType<typeof answerFor>): string {
  return [
    stateStatus(answer, english),
    answerFromArticle(answer, 4, english) ?? '',
    answerFromLocations(answer, english) ?? '',
    ...nextSteps(answer, true, english),
    statePageDescription(answer, 4, true, english),
    statePageDescription(answer, 4, false, english),
  ].join(' ');
}

describe('the words for the three cases of a state', () => {
  it("case 1: says exactly what the clinic's article says, that it is not available", () => {
    expect(stateStatus(california, english)).toBe('Not available');
    expect(answerFromArticle(california, 4, english)).toBe("Dry needling is not available in California. The clinic's article says so.");
    expect(answerFromLocations(california, english)).toBeUndefined();
    expect(statePageDescription(california, 4, true, english)).toBe("The clinic's article says dry needling is not available in California. See what to do instead.");
  });

  it('case 2: says it is offered at the locations there, counted', () => {
    expect(stateStatus(texas, english)).toBe('Offered at 2 locations');
    expect(stateStatus(arizona, english)).toBe('Offered at 1 location');
    expect(answerFromArticle(texas, 4, english)).toBeUndefined();
    expect(answerFromLocations(texas, english)).toBe("Dry needling is offered at both of the clinic's locations in Texas. They are listed below.");
    expect(answerFromLocations(arizona, english)).toBe("Dry needling is offered at the clinic's location in Arizona. It is listed below.");
    const oneOfTwo = answerFor(state('AZ'), [desert, { ...desert, name: 'Saguaro Rehab', offersDryNeedling: false }]);
    expect(answerFromLocations(oneOfTwo, english)).toBe("Dry needling is offered at 1 of the clinic's 2 locations in Arizona. It is listed below.");
  });

  it('case 2: a search result says the locations are examples while they are', () => {
    expect(statePageDescription(texas, 4, true, english)).toBe(
      "Dry needling is offered in Texas, in the clinic's example data (not real clinics). See where and what to do next.",
    );
    expect(statePageDescription(texas, 4, false, english)).toBe('Dry needling is offered in Texas. See where the clinic offers it and what to do next.');
  });

  it('case 3: says the article does not name the state and no location there offers it, and how to find out', () => {
    expect(stateStatus(vermont, english)).toBe('Not known');
    expect(answerFromArticle(vermont, 4, english)).toBe("The clinic's article names 4 states where dry needling is not available. Vermont is not one of them.");
    expect(answerFromLocations(vermont, english)).toBe('The clinic has no location in Vermont that offers dry needling.');
    expect(nextSteps(vermont, true, english)).toEqual([
      "To find out if you can get it in Vermont, ask your physical therapist. Or call one of the clinic's locations.",
      'Locations in other states that offer it are listed below.',
    ]);
  });

  it('case 3: never says dry needling is offered or available in the state, anywhere', () => {
    expect(everything(vermont)).not.toMatch(/(offered|available) in Vermont/);
    expect(everything(vermont)).not.toMatch(/\bOffered\b/);
  });

  it("words a case-3 state sensibly when the article names no state at all", () => {
    expect(answerFromArticle(vermont, 0, english)).toBe("The clinic's article does not name any state where dry needling is not available.");
  });

  it('case 3: a search result says what the article says; how to find out, only where that fits in 160 characters for every state', () => {
    expect(statePageDescription(vermont, 4, true, english)).toBe(
      "The clinic's article names 4 states where dry needling is not available. Vermont is not one of them.",
    );
  });

  it('points to the locations in other states only where some are listed and the state has none of its own', () => {
    const otherStates = 'Locations in other states that offer it are listed below.';
    expect(nextSteps(california, true, english)).toEqual([message(english, 'statePage.nextStepsNotAvailable'), otherStates]);
    expect(nextSteps(california, false, english)).toEqual([message(english, 'statePage.nextStepsNotAvailable')]);
    expect(nextSteps(texas, true, english)).toEqual([message(english, 'statePage.nextStepsOffered')]);
    expect(nextSteps(vermont, false, english)).toEqual([
      "To find out if you can get it in Vermont, ask your physical therapist. Or call one of the clinic's locations.",
    ]);
  });

  it("heads the list with the state's own locations when it has some, and with the other states' otherwise", () => {
    expect(stateLocationsHeading(texas, english)).toBe('Locations in Texas that offer dry needling');
    expect(stateLocationsHeading(vermont, english)).toBe('Locations in other states that offer dry needling');
    expect(stateLocationsHeading(california, english)).toBe('Locations in other states that offer dry needling');
  });

  it('names the state in the title, with "the" before the District of Columbia', () => {
    expect(statePageTitle('TX', english)).toBe('Dry needling in Texas');
    expect(statePageTitle('DC', english)).toBe('Dry needling in the District of Columbia');
  });
});

describe('the notice and the source line', () => {
  it("says where the article says dry needling is not available, and never that it is offered everywhere else", () => {
    expect(notAvailableSentence([state('CA', true), state('HI', true)], english)).toBe("The clinic's article says dry needling is not available in California and Hawaii.");
    expect(notAvailableSentence([], english)).toBe("The clinic's article does not name any state where dry needling is not available.");
  });

  it("dates the list of states by the clinic's article, and by the day a person checked it only when one did", () => {
    expect(stateListSource(fixtureSource, english)).toBe("The states where dry needling is not available come from the clinic's article of July 22, 2024.");
    expect(stateListChecked('2025-03-04', english)).toBe('A person at the clinic last checked this list on March 4, 2025.');
  });

  it('says whether a location offers dry needling as a label and a value', () => {
    expect(locationOffers(true, english)).toEqual({ label: 'Dry needling', value: 'Offered at this location' });
    expect(locationOffers(false, english)).toEqual({ label: 'Dry needling', value: 'Not offered at this location' });
  });

  it("names the clinic's article by its title and date", () => {
    expect(basedOnSource(fixtureSource, english)).toBe('This page is based on the clinic\'s article "Dry needling in physical therapy" of July 22, 2024.');
  });
});

describe('unreviewedLanguageNames: what the about and accessibility pages say is not yet reviewed', () => {
  it("names each language no translator has reviewed, in the reader's language, and nothing once all are reviewed", () => {
    expect(unreviewedLanguageNames(english, [english, spanish])).toBe('Spanish');
    expect(unreviewedLanguageNames(spanish, [english, spanish, vietnamese])).toBe('español y vietnamita');
    expect(unreviewedLanguageNames(english, [english, { ...spanish, translationReviewed: true }])).toBeUndefined();
  });
});
