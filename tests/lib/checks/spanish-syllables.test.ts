import { describe, expect, it } from 'vitest';
import { spanishSyllables } from '@/lib/checks/spanish-syllables';

// Each word split by hand, following the RAE's rules for Spanish spelling.
function expectSyllables(splits: readonly string[]) {
  for (const split of splits) {
    const word = split.replaceAll('-', '');
    expect({ word, syllables: spanishSyllables(word) }).toEqual({ word, syllables: split.split('-').length });
  }
}

describe('spanishSyllables', () => {
  it('counts one syllable per vowel between consonants', () => {
    expectSyllables(['se-ca', 'a-gu-ja', 'mús-cu-lo', 'a-cu-pun-tu-ra', 'mo-re-tón', 'do-lor']);
  });

  it('keeps strong vowels (a, e, o) in separate syllables', () => {
    expectSyllables(['le-er', 'cre-er', 'po-e-ta', 'te-a-tro', 'zo-o-ló-gi-co']);
  });

  it('joins a weak vowel (i, u) to the vowel beside it', () => {
    expectSyllables(['pun-ción', 'in-fec-ción', 'fi-sio-te-ra-peu-ta', 'ciu-dad', 'cui-da-do', 'pa-cien-te', 'ai-re', 'a-cei-te', 'a-gua', 'cue-llo', 'tra-ta-mien-to']);
  });

  it('splits a weak vowel written with an accent from the vowel beside it', () => {
    expectSyllables(['dí-a', 'ba-úl', 'pa-ís', 'o-í-do', 'ma-íz', 're-ú-ne', 'rí-o']);
  });

  it('reads "y" as a vowel alone or at the end of a word, and as a consonant before a vowel', () => {
    expectSyllables(['y', 'hoy', 'muy', 'rey', 'buey', 'U-ru-guay', 'py-me', 're-yes', 'a-yu-da']);
  });

  it('does not count the silent "u" of que, qui, gue and gui, but counts "ü"', () => {
    expectSyllables(['que', 'quien', 'se-guir', 'gui-ta-rra', 'gue-rra', 'guí-a', 'pin-güi-no', 'lin-güís-ti-ca', 'a-ve-ri-güé']);
  });

  it('treats "h" as silent: it neither joins strong vowels nor parts a diphthong', () => {
    expectSyllables(['a-ho-ra', 'hue-sos', 'hie-lo', 'prohi-bir', 'ahu-ma-do']);
  });

  it('ignores capital letters', () => {
    expect(spanishSyllables('PUNCIÓN')).toBe(2);
    expect(spanishSyllables('Después')).toBe(2);
  });

  it('counts a number or an abbreviation without vowels as one syllable', () => {
    expect(spanishSyllables('2024')).toBe(1);
    expect(spanishSyllables('mg')).toBe(1);
  });
});
