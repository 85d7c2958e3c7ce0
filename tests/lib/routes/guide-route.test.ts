import { describe, expect, it } from 'vitest';
import { english, spanish } from '@/lib/i18n/languages';
import { fixedRoutes, reservedNames } from '@/lib/routes/fixed-routes';

describe("the printable guide's address", () => {
  it('is /guide/ in English and /es/guia/ in Spanish', () => {
    expect(fixedRoutes(english).guide).toBe('/guide/');
    expect(fixedRoutes(spanish).guide).toBe('/es/guia/');
  });

  it('cannot be taken by an article or an old address, in either language', () => {
    expect(reservedNames(english).get('guide')).toBe('the printable guide (/guide/)');
    expect(reservedNames(spanish).get('guia')).toBe('the printable guide (/es/guia/)');
  });
});
