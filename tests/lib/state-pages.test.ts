import { describe, expect, it } from 'vitest';
import { allStatePagePaths, findStateBySlug, stateSlug, statePageDescription, statePagePath, statePageTitle, statesByLetter } from '@/lib/state-pages';
import { US_STATES } from '@/lib/us-states';

describe('state page addresses', () => {
  it('makes a lowercase, hyphenated address from the state name', () => {
    expect(stateSlug('Texas')).toBe('texas');
    expect(stateSlug('District of Columbia')).toBe('district-of-columbia');
    expect(statePagePath('/availability/', 'New York')).toBe('/availability/new-york/');
  });

  it('gives every state and DC its own address', () => {
    const paths = allStatePagePaths('/availability/');
    expect(paths).toHaveLength(51);
    expect(new Set(paths).size).toBe(51);
    expect(paths).toContain('/availability/district-of-columbia/');
  });

  it('finds the state an address belongs to', () => {
    const states = Object.values(US_STATES).map((name) => ({ name }));
    expect(findStateBySlug(states, 'west-virginia')).toEqual({ name: 'West Virginia' });
    expect(findStateBySlug(states, 'westvirginia')).toBeUndefined();
  });
});

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
