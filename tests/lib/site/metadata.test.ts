import { describe, expect, it } from 'vitest';
import { message } from '@/lib/i18n/messages';
import { documentTitle, movedPageMetadata, notFoundMetadata, pageMetadata, siteMetadata } from '@/lib/site/metadata';
import { riverbendClinic } from '@/tests/fixtures/clinic';
import type { SitePage } from '@/lib/site/site-pages';
import { english, spanish } from '@/lib/i18n/languages';
import { site } from '@/lib/routes/site-url';

const siteName = message(english, 'site.name');

const afterEffects: SitePage = {
  kind: 'staff-links',
  language: english,
  translations: [{ language: english, path: '/after-effects/' }],
  path: '/after-effects/',
  title: 'How you may feel after dry needling',
  description: 'What you may feel after a dry needling treatment, and when to call your physical therapist.',
  lastModified: '2024-07-22',
  indexable: true,
  image: '/og/after-effects.png',
};

describe('pageMetadata', () => {
  const metadata = () => pageMetadata(afterEffects, riverbendClinic);
  const image = {
    url: `${site.url}/og/after-effects.png`,
    width: 1200,
    height: 630,
    alt: `How you may feel after dry needling, ${siteName}`,
    type: 'image/png',
  };

  it('gives the page its title, description and full canonical address', () => {
    expect(metadata().title).toEqual({ absolute: `How you may feel after dry needling | ${siteName}` });
    expect(metadata().description).toBe(afterEffects.description);
    expect(metadata().alternates).toEqual({ canonical: `${site.url}/after-effects/` });
    expect(metadata().robots).toBeUndefined();
  });

  it('describes the link preview with the page image at its full address and size, described by the page title and site name', () => {
    expect(metadata().openGraph).toEqual({
      type: 'website',
      url: `${site.url}/after-effects/`,
      title: afterEffects.title,
      description: afterEffects.description,
      siteName: 'Riverbend Physical Therapy',
      locale: 'en_US',
      images: [image],
    });
    expect(metadata().twitter).toEqual({ card: 'summary_large_image', title: afterEffects.title, description: afterEffects.description, images: [image] });
  });

  it("names the clinic's handle on X as the site of a shared link, when the clinic has one", () => {
    expect(pageMetadata(afterEffects, { ...riverbendClinic, twitter: '@riverbendpt' }).twitter).toMatchObject({ site: '@riverbendpt' });
  });

  it('titles the home page with the site name alone, and describes its preview image with the site name alone', () => {
    const home = pageMetadata({ ...afterEffects, kind: 'home', path: '/', title: siteName, image: '/og/home.png' }, riverbendClinic);
    expect(home.title).toEqual({ absolute: siteName });
    expect(home.openGraph?.images).toEqual([{ ...image, url: `${site.url}/og/home.png`, alt: siteName }]);
  });

  it('asks search engines to skip a page that is not indexable', () => {
    expect(pageMetadata({ ...afterEffects, indexable: false }, riverbendClinic).robots).toEqual({ index: false, follow: true });
  });
});

describe('notFoundMetadata', () => {
  it('titles the not-found page in its language and keeps it out of search results', () => {
    expect(notFoundMetadata(spanish)).toEqual({
      title: { absolute: `${message(spanish, 'notFound.title')} | La punción seca en la fisioterapia` },
      robots: { index: false },
    });
  });
});

describe('siteMetadata', () => {
  it("gives every page of a language the site's name, description and the home page's link preview, without an address of its own", () => {
    const home: SitePage = {
      kind: 'home',
      language: spanish,
      translations: [{ language: english, path: '/' }, { language: spanish, path: '/es/' }],
      path: '/es/',
      title: message(spanish, 'site.name'),
      description: message(spanish, 'site.description'),
      indexable: true,
      image: '/og/es.png',
    };
    const metadata = siteMetadata(home, riverbendClinic);
    expect(metadata.metadataBase).toEqual(new URL(site.url));
    expect(metadata.title).toEqual({ default: 'La punción seca en la fisioterapia', template: '%s | La punción seca en la fisioterapia' });
    expect(metadata.description).toBe(message(spanish, 'site.description'));
    expect(metadata.applicationName).toBe('La punción seca en la fisioterapia');
    expect(metadata.openGraph).toMatchObject({ url: undefined, locale: 'es_US', images: [{ url: `${site.url}/og/es.png`, alt: 'La punción seca en la fisioterapia' }] });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', images: [{ url: `${site.url}/og/es.png` }] });
  });
});

describe('a page with a twin in another language', () => {
  const english404 = { ...afterEffects, translations: [{ language: english, path: '/after-effects/' }, { language: spanish, path: '/es/efectos/' }] };
  const spanishTwin: SitePage = { ...english404, language: spanish, path: '/es/efectos/', title: 'Efectos' };

  it('names both addresses for search engines, with the English one for every other language', () => {
    const languages = { en: `${site.url}/after-effects/`, es: `${site.url}/es/efectos/`, 'x-default': `${site.url}/after-effects/` };
    expect(pageMetadata(english404, riverbendClinic).alternates?.languages).toEqual(languages);
    expect(pageMetadata(spanishTwin, riverbendClinic).alternates?.languages).toEqual(languages);
  });

  it('gives each language its own canonical address and link-preview locale', () => {
    const metadata = pageMetadata(spanishTwin, riverbendClinic);
    expect(metadata.alternates?.canonical).toBe(`${site.url}/es/efectos/`);
    expect(metadata.openGraph).toMatchObject({ locale: 'es_US', alternateLocale: ['en_US'], siteName: 'Riverbend Physical Therapy' });
  });

  it('names no alternates for a page in one language only', () => {
    expect(pageMetadata(afterEffects, riverbendClinic).alternates?.languages).toBeUndefined();
  });
});

describe('movedPageMetadata', () => {
  it('names the page an old address moved to as the canonical one, with no noindex and no language alternates to contradict it', () => {
    const twins = [{ language: english, path: '/after-effects/' }, { language: spanish, path: '/es/efectos/' }];
    const metadata = movedPageMetadata({ ...afterEffects, translations: twins }, riverbendClinic);
    expect(metadata.title).toEqual({ absolute: 'Moved: How you may feel after dry needling' });
    expect(metadata.alternates).toEqual({ canonical: `${site.url}/after-effects/` });
    expect(metadata.robots).toBeUndefined();
  });
});

describe('documentTitle', () => {
  it('adds the site name while the whole title fits in 70 characters, and leaves it off a longer one', () => {
    expect(documentTitle('Benefits', siteName)).toBe(`Benefits | ${siteName}`);
    const fits = 'x'.repeat(70 - ` | ${siteName}`.length);
    expect(documentTitle(fits, siteName)).toHaveLength(70);
    expect(documentTitle(`${fits}y`, siteName)).toBe(`${fits}y`);
  });
});
