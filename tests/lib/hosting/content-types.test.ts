import { describe, expect, it } from 'vitest';
import { contentTypeFor, extensionOf, isTextFile } from '@/lib/hosting/content-types';

describe('contentTypeFor', () => {
  it('sends text files with charset=utf-8, so accented Spanish text is never misread', () => {
    expect(contentTypeFor('es/que-es-la-puncion-seca/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('_next/static/chunks/site.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('sitemap.xml')).toBe('application/xml; charset=utf-8');
    expect(contentTypeFor('icon.svg')).toBe('image/svg+xml; charset=utf-8');
  });

  it('sends images and fonts with their bare type', () => {
    expect(contentTypeFor('images/needle.png')).toBe('image/png');
    expect(contentTypeFor('favicon.ico')).toBe('image/x-icon');
    expect(contentTypeFor('_next/static/media/font.woff2')).toBe('font/woff2');
  });

  it('reads the extension whatever its case', () => {
    expect(contentTypeFor('images/PHOTO.JPG')).toBe('image/jpeg');
  });

  it('knows no type for a file without an extension or with one the site does not ship', () => {
    expect(contentTypeFor('_headers')).toBeUndefined();
    expect(contentTypeFor('notes.docx')).toBeUndefined();
  });
});

describe('extensionOf', () => {
  it('takes what follows the last dot of the file name, in lower case', () => {
    expect(extensionOf('__next.$d$slug.__PAGE__.TXT')).toBe('txt');
    expect(extensionOf('index.html')).toBe('html');
  });

  it('gives no extension to a file whose folder has a dot but whose name has none', () => {
    expect(extensionOf('_next/static.v2/_redirects')).toBe('');
    expect(extensionOf('_redirects')).toBe('');
  });
});

describe('isTextFile', () => {
  it('counts pages, styles, data and SVG as text, which the build precompresses', () => {
    expect(['index.html', 'site.css', 'a.js', 'robots.txt', 'sitemap.xml', 'manifest.webmanifest', 'data.json', 'icon.svg'].filter(isTextFile)).toHaveLength(8);
  });

  it('does not count images, fonts or unknown files as text', () => {
    expect(['needle.png', 'needle.webp', 'needle.avif', 'font.woff2', '_headers', 'notes.docx'].filter(isTextFile)).toEqual([]);
  });
});
