import { describe, expect, it } from 'vitest';
import { PAGE_IDS, RESERVED_IDS, stateLetterId } from '@/lib/routes/page-ids';

describe('the ids the page templates use', () => {
  it('gives each letter of the list of states its own id', () => {
    expect(stateLetterId('N')).toBe('states-n');
  });

  it('reserves every template id and all 26 letters, whichever letters the states start with', () => {
    expect(RESERVED_IDS).toEqual(expect.arrayContaining([...Object.values(PAGE_IDS), 'states-a', 'states-q', 'states-x', 'states-z']));
    expect(RESERVED_IDS).toHaveLength(Object.keys(PAGE_IDS).length + 26);
  });
});
