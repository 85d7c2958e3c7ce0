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
