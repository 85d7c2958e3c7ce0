import { describe, expect, it } from 'vitest';
import { joinWithAnd } from '@/lib/i18n/lists';

describe('joinWithAnd', () => {
  it('writes a list of names the way a sentence in each language does', () => {
    expect(joinWithAnd(['California', 'Hawaii', 'Oregon'], 'en-US')).toBe('California, Hawaii, and Oregon');
    expect(joinWithAnd(['California', 'Hawái', 'Oregón'], 'es-US')).toBe('California, Hawái y Oregón');
  });

  it('joins two names with "and" alone, and leaves one name as it is', () => {
    expect(joinWithAnd(['Alaska', 'Texas'], 'en-US')).toBe('Alaska and Texas');
    expect(joinWithAnd(['Alaska'], 'en-US')).toBe('Alaska');
  });
});
