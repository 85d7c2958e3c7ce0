import type { Availability, StateAvailability } from './availability';
import { dryNeedlingLocationsFor, type Location } from './locations';

/**
 * What the site can truthfully say about dry needling in one state. There are three cases,
 * from the data alone:
 * - "not-available": the clinic's article says it is not available there;
 * - "offered-at-locations": one or more of the clinic's locations there offers it;
 * - "not-stated": neither. The article does not name the state and no location there offers
 *   it, so the site does not know, and must never say it is offered.
 * The check on locations.yaml keeps the first two apart: no location offers dry needling
 * where the article says it is not available.
 */
export type StateAnswer =
  | { readonly kind: 'not-available'; readonly state: StateAvailability }
  | {
      readonly kind: 'offered-at-locations';
      readonly state: StateAvailability;
      /** The clinic's locations in the state that offer dry needling. */
      readonly locations: readonly Location[];
      /** How many locations the clinic has in the state, whether they offer dry needling or not: "2 of the clinic's 3 locations". */
      readonly clinicLocations: number;
    }
  | { readonly kind: 'not-stated'; readonly state: StateAvailability };

export type StateAnswerKind = StateAnswer['kind'];

export function answerFor(state: StateAvailability, locations: readonly Location[]): StateAnswer {
  if (state.notAvailable) return { kind: 'not-available', state };
  const offering = dryNeedlingLocationsFor(state.code, locations).inState;
  if (offering.length === 0) return { kind: 'not-stated', state };
  const clinicLocations = locations.filter((location) => location.state === state.code).length;
  return { kind: 'offered-at-locations', state, locations: offering, clinicLocations };
}

/** The answer for every state and DC, in the order of the availability data (alphabetical). */
export function answersByState(availability: Availability, locations: readonly Location[]): StateAnswer[] {
  return availability.states.map((state) => answerFor(state, locations));
}
