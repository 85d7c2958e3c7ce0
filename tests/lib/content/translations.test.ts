import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/content/articles';
import { englishSlugOf, translationsOf } from '@/lib/content/translations';
import { english, spanish } from '@/lib/i18n/languages';
import { afterEffectsArticle } from '@/tests/fixtures/articles';
import { THREE_LANGUAGES, vietnamese } from '@/tests/fixtures/third-language';

/** An article of a language at its address; a translation names the English page it translates. */
function page(language: string, slug: string, translationOf?: string): Article {
  const prefix = language === 'en' ? '/' : `/${language}/`;
  return { ...afterEffectsArticle, language, slug, path: `${prefix}${slug}/`, ...(translationOf === undefined ? {} : { translationOf }) };
}

const afterEffects = page('en', 'after-effects');
const benefits = page('en', 'benefits');
const efectos = page('es', 'efectos-de-la-puncion-seca', 'after-effects');
const tacDung = page('vi', 'tac-dung-phu', 'after-effects');

const articles: Record<string, readonly Article[]> = { en: [afterEffects, benefits], es: [efectos], vi: [tacDung] };

describe('englishSlugOf', () => {
  it('is the page itself for an English page, and the page it translates for a translation', () => {
    expect(englishSlugOf(afterEffects)).toBe('after-effects');
    expect(englishSlugOf(efectos)).toBe('after-effects');
  });
});

describe('translationsOf', () => {
  const translations = translationsOf(THREE_LANGUAGES, (language) => articles[language.code] ?? []);

  it('gives every language’s address of the same article, from any of its pages', () => {
    const all = { en: '/after-effects/', es: '/es/efectos-de-la-puncion-seca/', vi: '/vi/tac-dung-phu/' };
    expect(translations(afterEffects)).toEqual(all);
    expect(translations(efectos)).toEqual(all);
    expect(translations(tacDung)).toEqual(all);
  });

  it('gives only the English address of a page nobody has translated yet', () => {
    expect(translations(benefits)).toEqual({ en: '/benefits/' });
  });

  it('knows only the languages it is given, and gives a page it was not given its own address alone', () => {
    const onlyEnglish = translationsOf([english], (language) => articles[language.code] ?? []);
    expect(onlyEnglish(efectos)).toEqual({ en: '/after-effects/' });
    expect(translationsOf([spanish, vietnamese], (language) => articles[language.code] ?? [])(benefits)).toEqual({ en: '/benefits/' });
  });
});
