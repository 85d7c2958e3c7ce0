import { renameSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content/articles';
import { english, spanish } from '@/lib/i18n/languages';
import { fixedRoutes, reservedNames } from '@/lib/routes/fixed-routes';
import { refusalOf } from '@/tests/fixtures/content-fixture';
import { temporaryContent } from '@/tests/fixtures/temporary-content';
import { THREE_LANGUAGES, vietnamese } from '@/tests/fixtures/third-language';

describe('fixedRoutes', () => {
  it('gives the pages the site makes itself their addresses in each language', () => {
    expect(fixedRoutes(english)).toEqual({
      locations: '/locations/',
      staffLinks: '/links-for-staff/',
      guide: '/guide/',
      about: '/about/',
      accessibility: '/accessibility/',
      privacy: '/privacy/',
    });
    expect(fixedRoutes(spanish)).toEqual({
      locations: '/es/ubicaciones/',
      staffLinks: '/es/enlaces-para-el-personal/',
      guide: '/es/guia/',
      about: '/es/sobre-esta-informacion/',
      accessibility: '/es/accesibilidad/',
      privacy: '/es/privacidad/',
    });
  });
});

describe('reservedNames: the file names an editor cannot give an article, and what has each', () => {
  it('in English: the fixed pages, the generated files, the link previews and the other languages’ folders', () => {
    expect(Object.fromEntries(reservedNames(english))).toEqual({
      locations: "the list of the clinic's locations (/locations/)",
      'links-for-staff': 'the links for staff (/links-for-staff/)',
      guide: 'the printable guide (/guide/)',
      about: 'the page about this information (/about/)',
      accessibility: 'the accessibility statement (/accessibility/)',
      privacy: 'the privacy page (/privacy/)',
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
      guia: 'the printable guide (/es/guia/)',
      'sobre-esta-informacion': 'the page about this information (/es/sobre-esta-informacion/)',
      accesibilidad: 'the accessibility statement (/es/accesibilidad/)',
      privacidad: 'the privacy page (/es/privacidad/)',
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

describe('the addresses of the pages about the site', () => {
  it('are plain words in each language', () => {
    const { about, accessibility, privacy } = fixedRoutes(english);
    expect([about, accessibility, privacy]).toEqual(['/about/', '/accessibility/', '/privacy/']);
    const spanishRoutes = fixedRoutes(spanish);
    expect([spanishRoutes.about, spanishRoutes.accessibility, spanishRoutes.privacy]).toEqual([
      '/es/sobre-esta-informacion/',
      '/es/accesibilidad/',
      '/es/privacidad/',
    ]);
  });

  it('cannot be taken by an article in either language', () => {
    expect([...reservedNames(spanish).keys()]).toEqual(expect.arrayContaining(['sobre-esta-informacion', 'accesibilidad', 'privacidad']));
    expect(reservedNames(english).get('privacy')).toBe('the privacy page (/privacy/)');
  });

  it('refuses an article file named like one of them, saying what has the name', async () => {
    const content = temporaryContent('reserved-file-name');
    renameSync(path.join(content.dir, 'links-for-staff.md'), path.join(content.dir, 'accessibility.md'));
    expect(await refusalOf(loadArticles(content.dir, english, [english]), 'accessibility.md')).toEqual([
      `${content.shown('accessibility.md')}: the name "accessibility" belongs to the accessibility statement (/accessibility/), which the site makes itself. Give the file another name.`,
    ]);
  });
});
