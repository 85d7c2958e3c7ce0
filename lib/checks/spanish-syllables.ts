/**
 * Syllables of a Spanish word, counted as vowel nuclei by the rules of Spanish spelling
 * (RAE, Ortografía 2010). "a", "e" and "o" are strong and never share a syllable with each
 * other (le-er, po-e-ta). "i", "u" and "ü" are weak and join the vowels beside them into one
 * syllable (ciu-dad, fi-sio-te-ra-peu-ta, U-ru-guay), unless an accent makes them strong
 * (dí-a, ba-úl). So each run of vowels holds one syllable per strong vowel, and at least one.
 */

const VOWEL_RUN = /[aeiouáéíóúü]+/g;
/** The vowels that make a syllable of their own: the strong ones, and weak ones with an accent. */
const NUCLEUS = /[aeoáéóíú]/g;
/** The "u" of "que", "qui", "gue" and "gui" is not read (queso, guitarra); written "ü" it is (pingüino). */
const SILENT_U = /([qg])u(?=[eiéí])/g;
/** "y" with no vowel after it is read as "i": alone ("y") or closing a diphthong (hoy, muy, Uruguay). */
const VOWEL_Y = /y(?![aeiouáéíóúü])/g;

/** Syllables in one Spanish word; a number or an abbreviation without vowels counts as one. */
export function spanishSyllables(word: string): number {
  const letters = word
    .normalize('NFC')
    .toLocaleLowerCase('es')
    .replace(SILENT_U, '$1')
    // "h" is silent and keeps no vowels apart: a-ho-ra is three syllables because "a" and "o" are strong.
    .replaceAll('h', '')
    .replace(VOWEL_Y, 'i');
  const syllables = (letters.match(VOWEL_RUN) ?? []).reduce(
    (sum, run) => sum + Math.max(1, run.match(NUCLEUS)?.length ?? 0),
    0,
  );
  return Math.max(1, syllables);
}
