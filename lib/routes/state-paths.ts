import type { Language } from '@/lib/i18n/language';
import { addressSlug } from './slug';

/** "District of Columbia" → "district-of-columbia", "Nueva York" → "nueva-york": the one place a state's page address is made. */
export function stateSlug(stateName: string): string {
  return addressSlug(stateName);
}

/** The page for one state sits under the page that lists them all: /availability/texas/, /es/disponibilidad/texas/. */
export function statePagePath(availabilityPath: string, stateName: string): string {
  return `${availabilityPath}${stateSlug(stateName)}/`;
}

/** Every state page's address in one language, from the reference list of states, so links to them can be checked. */
export function allStatePagePaths(availabilityPath: string, language: Language): string[] {
  return Object.values(language.stateNames).map((name) => statePagePath(availabilityPath, name));
}
