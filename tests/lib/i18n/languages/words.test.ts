import { describe, expect, it } from 'vitest';
import { english } from '@/lib/i18n/languages/en';
import { spanish } from '@/lib/i18n/languages/es';

const STANDARDS = { readingGradeTarget: 6, readingGradeLimit: 8, spanishReadingScoreTarget: 70, spanishReadingScoreLimit: 60 };

describe('the words that change with a number, a state or example data', () => {
  it('name the District of Columbia with its article inside a sentence, and start a sentence with a capital', () => {
    expect(english.stateInSentence('DC', 'District of Columbia')).toBe('the District of Columbia');
    expect(english.stateInSentence('TX', 'Texas')).toBe('Texas');
    expect(spanish.stateInSentence('DC', 'Distrito de Columbia')).toBe('el Distrito de Columbia');
    expect(spanish.stateInSentence('TX', 'Texas')).toBe('Texas');
    expect(english.words.statePage.notNamed('the District of Columbia', 2)[1]).toBe('The District of Columbia is not one of them.');
    expect(spanish.words.statePage.notNamed('el Distrito de Columbia', 2)[1]).toBe('El Distrito de Columbia no es uno de ellos.');
  });

  it('say one location or several', () => {
    expect([english.words.stateList.offeredAt(1), english.words.stateList.offeredAt(3)]).toEqual(['Offered at 1 location', 'Offered at 3 locations']);
    expect([spanish.words.stateList.offeredAt(1), spanish.words.stateList.offeredAt(3)]).toEqual(['Se ofrece en 1 ubicación', 'Se ofrece en 3 ubicaciones']);
    expect(english.words.statePage.offeredAt('Texas', 1)).toEqual(["Dry needling is offered at one of the clinic's locations in Texas.", 'It is listed below.']);
    expect(spanish.words.statePage.offeredAt('Texas', 1)).toEqual(['La punción seca se ofrece en una de las ubicaciones de la clínica en Texas.', 'Aparece abajo.']);
    expect(spanish.words.statePage.offeredAt('Texas', 2)).toEqual(['La punción seca se ofrece en 2 de las ubicaciones de la clínica en Texas.', 'Aparecen abajo.']);
  });

  it('say one state or several that the article names', () => {
    expect(spanish.words.statePage.notNamed('Texas', 1)[0]).toBe('El artículo de la clínica nombra 1 estado donde la punción seca no está disponible.');
    expect(spanish.words.statePage.notNamed('Texas', 3)[0]).toBe('El artículo de la clínica nombra 3 estados donde la punción seca no está disponible.');
  });

  it('say one year or several between reviews', () => {
    expect(english.words.trustPages.about.reviewProcess({ ...STANDARDS, reviewCycleYears: 1 })).toContain('A page is checked again within one year.');
    expect(english.words.trustPages.about.reviewProcess({ ...STANDARDS, reviewCycleYears: 2 })).toContain('A page is checked again within 2 years.');
    expect(spanish.words.trustPages.about.reviewProcess({ ...STANDARDS, reviewCycleYears: 1 })).toContain('Cada página se revisa otra vez dentro de un año.');
    expect(spanish.words.trustPages.about.reviewProcess({ ...STANDARDS, reviewCycleYears: 2 })).toContain('Cada página se revisa otra vez dentro de 2 años.');
    expect(spanish.words.trustPages.about.writing({ ...STANDARDS, reviewCycleYears: 1 })).toContain('70 o más en la escala de Fernández-Huerta, y nunca menos de 60');
  });

  it('say in the footer that each page names who checked it, or that no one has yet', () => {
    expect(english.words.footer.about({ ...STANDARDS, reviewCycleYears: 1 })).toContain('Each page says who checked it against that article, or that no one has yet.');
    expect(spanish.words.footer.about({ ...STANDARDS, reviewCycleYears: 1 })).toContain('Cada página dice quién la comparó con ese artículo, o que nadie lo ha hecho todavía.');
  });

  it('say when the article names no state where dry needling is not available', () => {
    expect(spanish.words.availability.notAvailable(undefined)).toBe('El artículo de la clínica no nombra ningún estado donde la punción seca no esté disponible.');
    expect(spanish.words.availability.notAvailable('Alaska y Texas')).toBe('El artículo de la clínica dice que la punción seca no está disponible en Alaska y Texas.');
  });

  it('say when the locations are example data', () => {
    expect(spanish.words.exampleData.locationsLink(true)).toBe('Vea las ubicaciones de la clínica (datos de ejemplo, no son clínicas reales)');
    expect(spanish.words.exampleData.locationsLink(false)).toBe('Vea todas las ubicaciones de la clínica');
    expect(english.words.statePage.descriptionOfferedAt('Texas', 2, true)).toBe(
      "Dry needling is offered at 2 of the clinic's example locations in Texas. See where they are and what to do next.",
    );
    expect(spanish.words.statePage.descriptionOfferedAt('Texas', 2, true)).toBe(
      'La punción seca se ofrece en 2 de las ubicaciones de ejemplo de la clínica en Texas. Vea dónde están y qué hacer ahora.',
    );
    expect(spanish.words.statePage.descriptionOfferedAt('Texas', 2, false)).toBe(
      'La punción seca se ofrece en 2 de las ubicaciones de la clínica en Texas. Vea dónde están y qué hacer ahora.',
    );
  });
});

describe.each([
  ['English', english],
  ['Spanish', spanish],
])('every %s sentence made from a value says that value', (_, language) => {
  const { words } = language;
  const state = 'Nuevo Hampshire';
  const date = '22 de julio de 2024';
  const joined = (lines: readonly string[]) => lines.join(' ');

  it.each([
    ['the section link', () => words.sectionLink('Qué sentir'), 'Qué sentir'],
    ['the staff links section', () => words.staffLinks.section('Qué sentir'), 'Qué sentir'],
    ['the moved page title', () => words.movedPage.title('/es/beneficios/'), '/es/beneficios/'],
    ['the list of states: source date', () => words.stateList.source(date), date],
    ['the list of states: checked date', () => words.stateList.checked(date), date],
    ['the state page title', () => words.statePage.title(state), state],
    ['the state page: not available', () => joined(words.statePage.notAvailable(state)), state],
    ['the state page: no location', () => words.statePage.noLocation(state), state],
    ['the state page: next steps', () => words.statePage.nextStepsNotStated(state), state],
    ['the state page: locations heading', () => words.statePage.locationsInState(state), state],
    ['the state page description: not available', () => words.statePage.descriptionNotAvailable(state), state],
    ['the state page description: offered', () => words.statePage.descriptionOfferedAt(state, 4, false), `4 `],
    ['the state page: offered at several', () => joined(words.statePage.offeredAt(state, 4)), state],
    ['the state page: not named', () => joined(words.statePage.notNamed(state, 4)), '4 '],
    ['the article it is based on: title', () => words.basedOn('Dry needling in physical therapy', date), 'Dry needling in physical therapy'],
    ['the article it is based on: date', () => words.basedOn('Dry needling in physical therapy', date), date],
    ['the notice of states not available', () => words.availability.notAvailable('Alaska y Texas'), 'Alaska y Texas'],
    ['the about page: reading target', () => words.trustPages.about.writing({ ...STANDARDS, reviewCycleYears: 1 }), language === english ? 'grade 6' : '70 o más'],
    ['the about page: reading limit', () => words.trustPages.about.writing({ ...STANDARDS, reviewCycleYears: 1 }), language === english ? 'grade 8' : 'menos de 60'],
    ['the footer: reading limit', () => words.footer.about({ ...STANDARDS, reviewCycleYears: 1 }), language === english ? 'grade 8' : 'menos de 60'],
  ] as const)('%s', (__, sentence, value) => {
    expect(sentence()).toContain(value);
  });
});
