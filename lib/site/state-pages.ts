import { nameInSentence, type StateCode } from '@/lib/i18n/us-states';

/** The first letter a state is filed under in the list of states: "New York" → "N". */
function stateLetter(stateName: string): string {
  return stateName.charAt(0).toUpperCase();
}

/** States grouped under their first letter, for a list a person can jump through: [{ letter: 'A', states: [...] }]. */
export function statesByLetter<State extends { readonly name: string }>(states: readonly State[]): { letter: string; states: State[] }[] {
  const groups = new Map<string, State[]>();
  for (const state of [...states].sort((a, b) => a.name.localeCompare(b.name, 'en'))) {
    const letter = stateLetter(state.name);
    groups.set(letter, [...(groups.get(letter) ?? []), state]);
  }
  return [...groups].map(([letter, inGroup]) => ({ letter, states: inGroup }));
}

/** The state page's title and main heading: the state's name is in it, so searches and staff links land on the answer. */
export function statePageTitle(code: StateCode): string {
  return `Dry needling in ${nameInSentence(code)}`;
}

export function statePageDescription(state: { readonly code: StateCode; readonly available: boolean }): string {
  const name = nameInSentence(state.code);
  return state.available
    ? `Dry needling is offered in ${name}. See which of the clinic's locations offer it, and what to do next.`
    : `Dry needling is not offered in ${name}. See what to do instead, and which locations in other states offer it.`;
}
