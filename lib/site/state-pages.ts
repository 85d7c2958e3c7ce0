import type { Language } from '@/lib/i18n/language';
import { message } from '@/lib/i18n/messages';
import type { StateCode } from '@/lib/i18n/us-states';

/** The first letter a state is filed under in the list of states: "New York" → "N". */
function stateLetter(stateName: string): string {
  return stateName.charAt(0).toUpperCase();
}

/** States grouped under their first letter, for a list a person can jump through: [{ letter: 'A', states: [...] }]. */
export function statesByLetter<State extends { readonly name: string }>(states: readonly State[], language: Language): { letter: string; states: State[] }[] {
  const groups = new Map<string, State[]>();
  for (const state of [...states].sort((a, b) => a.name.localeCompare(b.name, language.locale))) {
    const letter = stateLetter(state.name);
    groups.set(letter, [...(groups.get(letter) ?? []), state]);
  }
  return [...groups].map(([letter, inGroup]) => ({ letter, states: inGroup }));
}

/** How a sentence in this language names a state: "Texas", "the District of Columbia", "el Distrito de Columbia". */
export function stateInSentence(code: StateCode, language: Language): string {
  return message(language, 'state.inSentence', { code, name: language.stateNames[code] });
}

/** The same at the start of a sentence: "The District of Columbia", "El Distrito de Columbia". */
export function stateAtSentenceStart(code: StateCode, language: Language): string {
  return message(language, 'state.atSentenceStart', { code, name: language.stateNames[code] });
}
