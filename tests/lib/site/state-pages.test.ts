import { describe, expect, it } from 'vitest';
import { statePageDescription, statePageTitle, statesByLetter } from '@/lib/site/state-pages';

describe('statesByLetter', () => {
  it('groups states under their first letter, in alphabetical order', () => {
    const groups = statesByLetter([{ name: 'Texas' }, { name: 'Alaska' }, { name: 'Tennessee' }, { name: 'Alabama' }]);
    expect(groups.map(({ letter, states }) => [letter, states.map((state) => state.name)])).toEqual([
      ['A', ['Alabama', 'Alaska']],
      ['T', ['Tennessee', 'Texas']],
    ]);
  });
});

describe('statePageDescription', () => {
  it('answers the question in its first sentence, for search results', () => {
    expect(statePageDescription({ code: 'TX', available: true })).toMatch(/^Dry needling is offered in Texas\. /);
    expect(statePageDescription({ code: 'CA', available: false })).toMatch(/^Dry needling is not offered in California\. /);
    expect(statePageDescription({ code: 'DC', available: true })).toMatch(/^Dry needling is offered in the District of Columbia\. /);
  });

  it('names the state in the title, with "the" before the District of Columbia', () => {
    expect(statePageTitle('TX')).toBe('Dry needling in Texas');
    expect(statePageTitle('DC')).toBe('Dry needling in the District of Columbia');
  });
});
