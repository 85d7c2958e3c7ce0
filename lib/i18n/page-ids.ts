import type { Language } from './language';
import { message } from './messages';

/** The parts of a page the templates make and give an id, so a link can go straight to them. */
export type PageIdName = 'mainContent' | 'topics' | 'stateTable' | 'therapistCallout' | 'stateNextSteps' | 'stateLocations' | 'stateEmails' | 'guideContents';

/** A part's id in the page's language, from its catalog: "talk-to-your-physical-therapist", "hable-con-su-fisioterapeuta". */
export function pageId(name: PageIdName, language: Language): string {
  return message(language, `pageId.${name}`);
}

/** The group of states starting with a letter in the list of states, for the A–Z jump links: states-n, estados-n. */
export function stateLetterId(letter: string, language: Language): string {
  return message(language, 'pageId.stateLetter', { letter: letter.toLowerCase() });
}

/** The title of a topic in the printable guide: topic-after-effects, tema-beneficios. */
export function guideTopicId(slug: string, language: Language): string {
  return message(language, 'pageId.guideTopic', { slug });
}

const NAMES: readonly PageIdName[] = ['mainContent', 'topics', 'stateTable', 'therapistCallout', 'stateNextSteps', 'stateLocations', 'stateEmails', 'guideContents'];

/** Every part's id in a language, and the letters' (26, whichever letters the states start with): a heading of an article never takes one. */
export function pageIdsOf(language: Language): string[] {
  return [...NAMES.map((name) => pageId(name, language)), ...[...'abcdefghijklmnopqrstuvwxyz'].map((letter) => stateLetterId(letter, language))];
}
