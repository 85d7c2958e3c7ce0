import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG_TYPES_FILE, catalogTypesSource } from '@/lib/i18n/catalog-types';
import englishMessages from '@/lib/i18n/messages/en.json';

describe('the types of the catalog', () => {
  it('are up to date with the English catalog: run `npm run catalog-types` after changing en.json', () => {
    expect(readFileSync(CATALOG_TYPES_FILE, 'utf8')).toBe(catalogTypesSource(englishMessages));
  });

  it('give each placeholder the type its message needs: a number for a plural, the tags apart', () => {
    const source = catalogTypesSource({ a: 'Hello {name}', b: '{count, plural, one {# place} other {# places}}', c: 'See <link>{title}</link>', d: 'Plain' });
    expect(source).toContain("readonly 'a': { readonly name: string | number };");
    expect(source).toContain("readonly 'b': { readonly count: number };");
    expect(source).toContain("readonly 'c': { readonly title: string | number };");
    expect(source).toContain("readonly 'c': 'link';");
    expect(source).toContain("readonly 'd': Record<never, never>;");
  });
});
