import { describe, expect, it } from 'vitest';
import { allStatePagePaths, findStateBySlug, stateSlug, statePagePath } from '@/lib/routes/state-paths';
import { US_STATES } from '@/lib/i18n/us-states';

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
