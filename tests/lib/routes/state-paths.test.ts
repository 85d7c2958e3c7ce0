import { describe, expect, it } from 'vitest';
import { allStatePagePaths, stateSlug, statePagePath } from '@/lib/routes/state-paths';
import { english } from '@/lib/i18n/languages';
import { spanish as spanishLanguage } from '@/lib/i18n/languages';

describe('state page addresses', () => {
  it('makes a lowercase, hyphenated address from the state name', () => {
    expect(stateSlug('Texas')).toBe('texas');
    expect(stateSlug('District of Columbia')).toBe('district-of-columbia');
    expect(statePagePath('/availability/', 'New York')).toBe('/availability/new-york/');
  });

  it('drops accents from a state name in another language, so the address can be typed anywhere', () => {
    expect(stateSlug('Nuevo México')).toBe('nuevo-mexico');
    expect(stateSlug('Hawái')).toBe('hawai');
    expect(statePagePath('/es/disponibilidad/', 'Nueva York')).toBe('/es/disponibilidad/nueva-york/');
  });

  it('gives every state and DC its own address', () => {
    const paths = allStatePagePaths('/availability/', english);
    expect(paths).toHaveLength(51);
    expect(new Set(paths).size).toBe(51);
    expect(paths).toContain('/availability/district-of-columbia/');
    const spanish = allStatePagePaths('/es/disponibilidad/', spanishLanguage);
    expect(new Set(spanish).size).toBe(51);
    expect(spanish).toContain('/es/disponibilidad/distrito-de-columbia/');
  });
});
