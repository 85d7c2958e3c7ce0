import { describe, expect, it } from 'vitest';
import { english } from '@/lib/i18n/languages/en';
import { spanish } from '@/lib/i18n/languages/es';
import { fixedRoutes, reservedNames } from '@/lib/routes/fixed-routes';
import { THREE_LANGUAGES, vietnamese } from '@/tests/fixtures/third-language';

describe('fixedRoutes', () => {
  it('gives the pages the site makes itself their addresses in each language', () => {
    expect(fixedRoutes(english)).toEqual({ locations: '/locations/', staffLinks: '/links-for-staff/' });
    expect(fixedRoutes(spanish)).toEqual({ locations: '/es/ubicaciones/', staffLinks: '/es/enlaces-para-el-personal/' });
  });
});

describe('reservedNames: the file names an editor cannot give an article, and what has each', () => {
  it('in English: the fixed pages, the generated files, the link previews and the other languages’ folders', () => {
    expect(Object.fromEntries(reservedNames(english))).toEqual({
      locations: "the list of the clinic's locations (/locations/)",
      'links-for-staff': 'the links for staff (/links-for-staff/)',
      index: 'the home page (/index.html)',
      '404': 'the page-not-found page (/404.html)',
      og: 'the folder of link-preview images (/og/)',
      home: "the home page's link-preview image (/og/home.png)",
      es: 'the pages in Español (/es/)',
    });
  });

  it('in Spanish: its own fixed pages and generated files, under /es/', () => {
    expect(Object.fromEntries(reservedNames(spanish))).toEqual({
      ubicaciones: "the list of the clinic's locations (/es/ubicaciones/)",
      'enlaces-para-el-personal': 'the links for staff (/es/enlaces-para-el-personal/)',
      index: 'the home page (/es/index.html)',
      '404': 'the page-not-found page (/es/404.html)',
    });
  });

  it('keeps every added language’s folder free in English', () => {
    const names = reservedNames(english, THREE_LANGUAGES);
    expect(names.get('vi')).toBe('the pages in Tiếng Việt (/vi/)');
    expect(names.get('es')).toBe('the pages in Español (/es/)');
    expect(names.has('en')).toBe(false);
    expect(reservedNames(vietnamese, THREE_LANGUAGES).get('dia-diem')).toBe("the list of the clinic's locations (/vi/dia-diem/)");
  });
});
