import { describe, expect, it } from 'vitest';
import { english } from '@/lib/i18n/languages';
import { statesByLetter } from '@/lib/site/state-pages';

describe('statesByLetter', () => {
  it('groups states under their first letter, in alphabetical order', () => {
    const groups = statesByLetter([{ name: 'Texas' }, { name: 'Alaska' }, { name: 'Tennessee' }, { name: 'Alabama' }], english);
    expect(groups.map(({ letter, states }) => [letter, states.map((state) => state.name)])).toEqual([
      ['A', ['Alabama', 'Alaska']],
      ['T', ['Tennessee', 'Texas']],
    ]);
  });
});
