import { describe, expect, it } from 'vitest';
import { english } from '@/lib/i18n/languages/en';
import { spanish } from '@/lib/i18n/languages/es';
import { siteChrome } from '@/lib/site/site-chrome';
import { absoluteUrl, site } from '@/lib/site/site';

const twins = [
  { language: english, path: '/after-effects/' },
  { language: spanish, path: '/es/efectos-de-la-puncion-seca/' },
];

describe('siteChrome', () => {
  it('links an English page to its Spanish twin, and never calls the original a translation', async () => {
    const chrome = await siteChrome(english, twins, false);
    expect(chrome.otherLanguages).toEqual([twins[1]]);
    expect(chrome.unreviewedTranslationOf).toBeUndefined();
  });

  it('sends the reader of a translation no qualified translator has reviewed to the English page', async () => {
    const chrome = await siteChrome(spanish, twins, false);
    expect(chrome.unreviewedTranslationOf).toEqual(twins[0]);
    expect(chrome.otherLanguages).toEqual([twins[0]]);
    // Whichever order the page lists its languages in.
    expect((await siteChrome(spanish, [...twins].reverse(), false)).unreviewedTranslationOf).toEqual(twins[0]);
  });

  it('still says so while the words of the Spanish interface have not been reviewed, even on a reviewed page', async () => {
    expect(spanish.translationReviewed).toBe(false);
    expect((await siteChrome(spanish, twins, true)).unreviewedTranslationOf).toEqual(twins[0]);
  });

  it('says nothing once a translator has reviewed both the page and the words of its language, and still says so for a page not reviewed yet', async () => {
    const reviewedSpanish = { ...spanish, translationReviewed: true };
    expect((await siteChrome(reviewedSpanish, twins, true)).unreviewedTranslationOf).toBeUndefined();
    expect((await siteChrome(reviewedSpanish, twins, false)).unreviewedTranslationOf).toEqual(twins[0]);
  });

  it('sends a page with no English twin to the English home page', async () => {
    expect((await siteChrome(spanish, [], false)).unreviewedTranslationOf).toEqual({ language: english, path: '/' });
  });

  it('builds the navigation from the language’s own pages', async () => {
    const chrome = await siteChrome(spanish, twins, true);
    expect(chrome.homePath).toBe('/es/');
    expect(chrome.navigation).toEqual([
      { href: '/es/#topics', label: spanish.words.navigation.allTopics },
      { href: '/es/disponibilidad/', label: expect.stringMatching(/punción seca/) },
      { href: '/es/ubicaciones/', label: spanish.words.navigation.locations },
    ]);
    expect(chrome.staffLinksPath).toBe('/es/enlaces-para-el-personal/');
  });

  it('links the footer to the pages about the site, in the language of the page', async () => {
    const chrome = await siteChrome(spanish, twins, true);
    expect(chrome.aboutPath).toBe('/es/sobre-esta-informacion/');
    expect(chrome.footerLinks).toEqual([
      { href: '/es/accesibilidad/', label: 'Declaración de accesibilidad' },
      { href: '/es/privacidad/', label: 'Privacidad' },
    ]);
  });

  it("reports a problem to content/contact.yaml's address, naming the page, or the site on a not-found page", async () => {
    const page = new URL((await siteChrome(english, twins, true, '/after-effects/')).problemReport);
    expect(`${page.protocol}${page.pathname}`).toBe('mailto:problems@example.org');
    expect(page.searchParams.get('subject')).toBe(`Problem with the page ${absoluteUrl('/after-effects/')}`);
    const notFound = new URL((await siteChrome(english, [], true)).problemReport);
    expect(notFound.searchParams.get('subject')).toBe(`Page not found on ${site.url}`);
  });
});
