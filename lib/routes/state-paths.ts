import { slug } from 'github-slugger';
import { US_STATES } from '@/lib/i18n/us-states';

/** "District of Columbia" → "district-of-columbia": the one place a state's page address is made. */
export function stateSlug(stateName: string): string {
  return slug(stateName);
}

/** The page for one state sits under the page that lists them all: /availability/texas/. */
export function statePagePath(availabilityPath: string, stateName: string): string {
  return `${availabilityPath}${stateSlug(stateName)}/`;
}

/** Every state page's address, from the reference list of states, so links to them can be checked. */
export function allStatePagePaths(availabilityPath: string): string[] {
  return Object.values(US_STATES).map((name) => statePagePath(availabilityPath, name));
}

/** The state whose page address ends in this slug, or undefined. */
export function findStateBySlug<State extends { readonly name: string }>(states: readonly State[], slug: string): State | undefined {
  return states.find((state) => stateSlug(state.name) === slug);
}
