import { describe, expect, it } from 'vitest';
import { DEFAULT_LANGUAGE, LANGUAGES, isDefaultLanguage, languageOfPath, languagePathPrefix } from '@/lib/i18n/languages';
import { english, spanish } from '@/lib/i18n/languages';
import { THREE_LANGUAGES, vietnamese } from '@/tests/fixtures/third-language';

describe('the languages of the site and their addresses', () => {
  it('publishes English at the root and Spanish under /es/', () => {
    expect(LANGUAGES.map((language) => language.code)).toEqual(['en', 'es']);
    expect(DEFAULT_LANGUAGE).toBe(english);
    expect([isDefaultLanguage(english), isDefaultLanguage(spanish)]).toEqual([true, false]);
    expect([languagePathPrefix(english), languagePathPrefix(spanish)]).toEqual(['/', '/es/']);
  });

  it('tells the language of a page from its address', () => {
    expect(languageOfPath('/es/disponibilidad/texas/')).toBe(spanish);
    expect(languageOfPath('/es/')).toBe(spanish);
    expect(languageOfPath('/availability/texas/')).toBe(english);
    expect(languageOfPath('/')).toBe(english);
  });

  it('reads a folder only when it is a whole segment of another language', () => {
    expect(languageOfPath('/espanol/')).toBe(english);
    expect(languageOfPath('/en/')).toBe(english);
    expect(languageOfPath('/vi/dia-diem/')).toBe(english);
    expect(languageOfPath('/vi/dia-diem/', THREE_LANGUAGES)).toBe(vietnamese);
  });
});
