import { riverbendClinic } from '@/tests/fixtures/clinic';
import { describe, expect, it } from 'vitest';
import { message } from '@/lib/i18n/messages';
import { english, spanish } from '@/lib/i18n/languages';
import type { Language } from '@/lib/i18n/language';
import { siteChrome } from '@/lib/site/site-chrome';
import type { Translation } from '@/lib/site/site-pages';
import { absoluteUrl, site } from '@/lib/routes/site-url';

const stateLists = {
  en: { path: '/availability/', title: 'Where dry needling is offered' },
  es: { path: '/es/disponibilidad/', title: 'Dónde se ofrece la punción seca' },
};

/** The header and footer of a page in a language, with the address for reports the content fixtures use. */
function chromeOf(language: Language, translations: readonly Translation[], reviewed: boolean, pagePath?: string) {
  const stateList = language.code === 'es' ? stateLists.es : stateLists.en;
  return siteChrome({ language, translations, reviewed, stateList, problemReports: 'problems@example.org', clinic: riverbendClinic, ...(pagePath !== undefined && { pagePath }) });
}

const twins = [
  { language: english, path: '/after-effects/' },
  { language: spanish, path: '/es/efectos-de-la-puncion-seca/' },
];

describe('siteChrome', () => {
  it('links an English page to its Spanish twin, and never calls the original a translation', () => {
    const chrome = chromeOf(english, twins, false);
    expect(chrome.otherLanguages).toEqual([twins[1]]);
    expect(chrome.unreviewedTranslationOf).toBeUndefined();
  });

  it('sends the reader of a translation no qualified translator has reviewed to the English page', () => {
    const chrome = chromeOf(spanish, twins, false);
    expect(chrome.unreviewedTranslationOf).toEqual(twins[0]);
    expect(chrome.otherLanguages).toEqual([twins[0]]);
    // Whichever order the page lists its languages in.
    expect(chromeOf(spanish, [...twins].reverse(), false).unreviewedTranslationOf).toEqual(twins[0]);
  });

  it('still says so while the words of the Spanish interface have not been reviewed, even on a reviewed page', () => {
    expect(spanish.translationReviewed).toBe(false);
    expect(chromeOf(spanish, twins, true).unreviewedTranslationOf).toEqual(twins[0]);
  });

  it('says nothing once a translator has reviewed both the page and the words of its language, and still says so for a page not reviewed yet', () => {
    const reviewedSpanish = { ...spanish, translationReviewed: true };
    expect(chromeOf(reviewedSpanish, twins, true).unreviewedTranslationOf).toBeUndefined();
    expect(chromeOf(reviewedSpanish, twins, false).unreviewedTranslationOf).toEqual(twins[0]);
  });

  it('sends a page with no English twin to the English home page', () => {
    expect(chromeOf(spanish, [], false).unreviewedTranslationOf).toEqual({ language: english, path: '/' });
  });

  it('builds the navigation from the language’s own pages, linking its list of states by its title', () => {
    const chrome = chromeOf(spanish, twins, true);
    expect(chrome.homePath).toBe('/es/');
    expect(chrome.navigation).toEqual([
      { href: '/es/#temas', label: message(spanish, 'navigation.allTopics') },
      { href: '/es/disponibilidad/', label: 'Dónde se ofrece la punción seca' },
      { href: '/es/ubicaciones/', label: message(spanish, 'navigation.locations') },
    ]);
    expect(chrome.staffLinksPath).toBe('/es/enlaces-para-el-personal/');
  });

  it('links the footer to the pages about the site, in the language of the page', () => {
    const chrome = chromeOf(spanish, twins, true);
    expect(chrome.aboutPath).toBe('/es/sobre-esta-informacion/');
    expect(chrome.footerLinks).toEqual([
      { href: '/es/accesibilidad/', label: 'Declaración de accesibilidad' },
      { href: '/es/privacidad/', label: 'Privacidad' },
    ]);
  });

  it('reports a problem to the address for reports, naming the page, or the site on a not-found page', () => {
    const page = new URL(chromeOf(english, twins, true, '/after-effects/').problemReport);
    expect(`${page.protocol}${page.pathname}`).toBe('mailto:problems@example.org');
    expect(page.searchParams.get('subject')).toBe(`Problem with the page ${absoluteUrl('/after-effects/')}`);
    const notFound = new URL(chromeOf(english, [], true).problemReport);
    expect(notFound.searchParams.get('subject')).toBe(`Page not found on ${site.url}`);
  });
});
