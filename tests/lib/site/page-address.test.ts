import { describe, expect, it } from 'vitest';
import { english, spanish } from '@/lib/i18n/languages';
import { notFoundFile, notFoundRoute, pathFromSegments, segmentsOf } from '@/lib/site/page-address';

describe('page addresses and the segments of the catch-all route', () => {
  it('gives the home page for no segments, and a folder address for the others', () => {
    expect(pathFromSegments(undefined)).toBe('/');
    expect(pathFromSegments([])).toBe('/');
    expect(pathFromSegments(['es', 'disponibilidad', 'texas'])).toBe('/es/disponibilidad/texas/');
  });

  it('reads a segment Next passes percent-encoded as the letters of the address', () => {
    expect(pathFromSegments(['es', 'qu%C3%A9'])).toBe('/es/qué/');
  });

  it('splits an address into its segments, the home page into none', () => {
    expect(segmentsOf('/es/disponibilidad/texas/')).toEqual(['es', 'disponibilidad', 'texas']);
    expect(segmentsOf('/')).toEqual([]);
  });
});

describe('the not-found page of each language', () => {
  it('is rendered in the language’s folder and served as 404.html there', () => {
    expect(notFoundRoute(spanish)).toBe('/es/404/');
    expect(notFoundFile(spanish)).toBe('es/404.html');
  });

  it('is the site’s own 404.html in English', () => {
    expect(notFoundRoute(english)).toBe('/404/');
    expect(notFoundFile(english)).toBe('404.html');
  });
});
