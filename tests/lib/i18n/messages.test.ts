import { describe, expect, it } from 'vitest';
import type { Language } from '@/lib/i18n/language';
import { english, spanish } from '@/lib/i18n/languages';
import { message, messageParts } from '@/lib/i18n/messages';
import { pageId } from '@/lib/i18n/page-ids';
import { US_STATES } from '@/lib/i18n/us-states';
import { PAGE_IDS } from '@/lib/routes/page-ids';
import { stateAtSentenceStart, stateInSentence } from '@/lib/site/state-pages';

describe('the messages that change with a number, a state or example data', () => {
  it('name the District of Columbia with its article inside a sentence, and with a capital at its start', () => {
    expect(stateInSentence('DC', english)).toBe('the District of Columbia');
    expect(stateInSentence('TX', english)).toBe('Texas');
    expect(stateInSentence('DC', spanish)).toBe('el Distrito de Columbia');
    expect(stateAtSentenceStart('DC', english)).toBe('The District of Columbia');
    expect(stateAtSentenceStart('DC', spanish)).toBe('El Distrito de Columbia');
    expect(stateAtSentenceStart('HI', spanish)).toBe('Hawái');
  });

  it('say one location or several, by the language’s plural rules', () => {
    expect([1, 3].map((locations) => message(english, 'stateList.offeredAt', { locations }))).toEqual(['Offered at 1 location', 'Offered at 3 locations']);
    expect([1, 3].map((locations) => message(spanish, 'stateList.offeredAt', { locations }))).toEqual(['Se ofrece en 1 ubicación', 'Se ofrece en 3 ubicaciones']);
  });

  it('count the locations that offer it against all of the clinic’s locations in the state, never suggesting more than there are', () => {
    const offered = (language: Language, locations: number, clinicLocations: number) =>
      message(language, 'statePage.offeredAt', { state: 'Texas', locations, clinicLocations, share: locations === clinicLocations ? 'all' : 'some' });
    expect(offered(english, 1, 1)).toBe("Dry needling is offered at the clinic's location in Texas. It is listed below.");
    expect(offered(english, 2, 2)).toBe("Dry needling is offered at both of the clinic's locations in Texas. They are listed below.");
    expect(offered(english, 3, 3)).toBe("Dry needling is offered at all 3 of the clinic's locations in Texas. They are listed below.");
    expect(offered(english, 1, 3)).toBe("Dry needling is offered at 1 of the clinic's 3 locations in Texas. It is listed below.");
    expect(offered(english, 2, 3)).toBe("Dry needling is offered at 2 of the clinic's 3 locations in Texas. They are listed below.");
    expect(offered(spanish, 1, 1)).toBe('La punción seca se ofrece en la ubicación que tiene la clínica en Texas. Aparece abajo.');
    expect(offered(spanish, 2, 2)).toBe('La punción seca se ofrece en las dos ubicaciones que tiene la clínica en Texas. Aparecen abajo.');
    expect(offered(spanish, 3, 3)).toBe('La punción seca se ofrece en las 3 ubicaciones que tiene la clínica en Texas. Aparecen abajo.');
    expect(offered(spanish, 1, 3)).toBe('La punción seca se ofrece en 1 de las 3 ubicaciones que tiene la clínica en Texas. Aparece abajo.');
  });

  it('say one state or several that the article names', () => {
    const named = (statesNamed: number) => message(spanish, 'statePage.notNamed', { statesNamed, stateAtSentenceStart: 'Texas' });
    expect(named(1)).toBe('El artículo de la clínica nombra 1 estado donde la punción seca no está disponible. Texas no es uno de ellos.');
    expect(named(3)).toContain('nombra 3 estados donde');
  });

  it('say one year or several between reviews', () => {
    const process = (language: typeof english, reviewCycleYears: number) => message(language, 'trustPages.about.reviewProcess', { reviewCycleYears });
    expect(process(english, 1)).toContain('A page is checked again within one year.');
    expect(process(english, 2)).toContain('A page is checked again within 2 years.');
    expect(process(spanish, 1)).toContain('dentro de un año');
    expect(process(spanish, 2)).toContain('dentro de 2 años');
  });

  it('say while the locations are example data, and stop once they are real', () => {
    expect(message(spanish, 'exampleData.locationsLink', { locationData: 'example' })).toBe('Vea las ubicaciones de la clínica (datos de ejemplo, no son clínicas reales)');
    expect(message(spanish, 'exampleData.locationsLink', { locationData: 'real' })).toBe('Vea todas las ubicaciones de la clínica');
  });

  it('give a sentence with a link as its pieces, the link’s words inside the tag', () => {
    expect(messageParts(spanish, 'movedPage.text', { title: 'Beneficios' })).toEqual([
      'Ahora está en ',
      { tag: 'link', text: 'Beneficios' },
      '. Si guardó o compartió la dirección anterior, use esta de ahora en adelante.',
    ]);
  });
});

describe('the catalogs', () => {
  it('have a message for every key of the English catalog, none of them empty', () => {
    for (const language of [english, spanish]) {
      expect(Object.keys(language.messages), language.code).toEqual(Object.keys(english.messages));
      expect(Object.entries(language.messages).filter(([, text]) => text.trim() === ''), language.code).toEqual([]);
    }
  });

  it('name the states in English as the reference data does, so the English addresses stay the same', () => {
    expect(english.stateNames).toEqual(US_STATES);
  });

  it('keep the English ids of the first pages, and give the Spanish pages ids in Spanish', () => {
    const names = Object.keys(PAGE_IDS) as (keyof typeof PAGE_IDS)[];
    expect(names.map((name) => pageId(name, english))).toEqual(Object.values(PAGE_IDS));
    expect(pageId('therapistCallout', spanish)).toBe('hable-con-su-fisioterapeuta');
    expect(names.filter((name) => pageId(name, spanish) === PAGE_IDS[name])).toEqual([]);
  });

  it('say on the Spanish pages that no qualified translator has reviewed them yet, until one has', () => {
    expect(spanish.translationReviewed).toBe(false);
  });
});
