import { describe, expect, it } from 'vitest';
import { english } from '@/lib/i18n/languages/en';
import { spanish } from '@/lib/i18n/languages/es';
import { statePageDescription, statePageTitle, statesByLetter } from '@/lib/site/state-pages';

describe('statesByLetter', () => {
  it('groups states under their first letter, in alphabetical order', () => {
    const groups = statesByLetter([{ name: 'Texas' }, { name: 'Alaska' }, { name: 'Tennessee' }, { name: 'Alabama' }], english);
    expect(groups.map(({ letter, states }) => [letter, states.map((state) => state.name)])).toEqual([
      ['A', ['Alabama', 'Alaska']],
      ['T', ['Tennessee', 'Texas']],
    ]);
  });
});

describe('statePageDescription', () => {
  it('answers the question in its first sentence, for search results', () => {
    expect(statePageDescription({ code: 'TX', available: true }, english)).toMatch(/^Dry needling is offered in Texas\. /);
    expect(statePageDescription({ code: 'CA', available: false }, english)).toMatch(/^Dry needling is not offered in California\. /);
    expect(statePageDescription({ code: 'DC', available: true }, english)).toMatch(/^Dry needling is offered in the District of Columbia\. /);
  });

  it('names the state in the title, with "the" before the District of Columbia', () => {
    expect(statePageTitle('TX', english)).toBe('Dry needling in Texas');
    expect(statePageTitle('DC', english)).toBe('Dry needling in the District of Columbia');
  });

  it('names the state as Spanish readers write it, on a Spanish page', () => {
    expect(statePageTitle('NY', spanish)).toBe('La punción seca en Nueva York');
    expect(statePageTitle('DC', spanish)).toBe('La punción seca en el Distrito de Columbia');
  });
});
