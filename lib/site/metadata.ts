import type { Metadata } from 'next';
import type { Clinic } from '@/lib/content/clinic';
import { message } from '@/lib/i18n/messages';
import type { Language } from '@/lib/i18n/language';
import { DEFAULT_LANGUAGE } from '@/lib/i18n/languages';
import type { PageOfKind, SitePage } from './site-pages';
import { absoluteUrl, site } from '@/lib/routes/site-url';

/** The size link previews are drawn at: what Facebook, LinkedIn and others show uncropped. */
export const LINK_PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/**
 * The same page in every language, for <link rel="alternate" hreflang>: each language's address,
 * and the English one for readers whose language the site does not have (x-default).
 */
export function languageAlternates(page: SitePage): Record<string, string> | undefined {
  if (page.translations.length < 2) return undefined;
  // Stryker disable next-line ConditionalExpression: a page's translations list English first.
  const english = page.translations.find((translation) => translation.language.code === DEFAULT_LANGUAGE.code);
  return {
    ...Object.fromEntries(page.translations.map((translation) => [translation.language.code, absoluteUrl(translation.path)])),
    ...(english && { 'x-default': absoluteUrl(english.path) }),
  };
}

/** Search results cut a longer <title>, and the Nu checker and html-validate warn past it. */
export const TITLE_MAX_LENGTH = 70;

/**
 * "After dry needling | Dry needling in physical therapy": the page's title with the site's name,
 * or the page's title alone when both together are longer than search results show, so no
 * title is cut, in any language.
 */
export function documentTitle(title: string, siteName: string): string {
  const withSiteName = `${title} | ${siteName}`;
  return [...withSiteName].length <= TITLE_MAX_LENGTH ? withSiteName : title;
}

/** Who publishes the site, as link previews name it: the clinic, and its handle on X when it has one. */
export type Publisher = Pick<Clinic, 'name' | 'twitter'>;

/** Everything in <head> that describes one page: title, description, canonical address, languages, link previews. */
export function pageMetadata(page: SitePage, publisher: Publisher): Metadata {
  const url = absoluteUrl(page.path);
  const siteName = message(page.language, 'site.name');
  const alt = page.title === siteName ? siteName : `${page.title}, ${siteName}`;
  const image = { url: absoluteUrl(page.image), ...LINK_PREVIEW_SIZE, alt, type: 'image/png' };
  const languages = languageAlternates(page);
  const otherLocales = page.translations
    .filter((translation) => translation.language.code !== page.language.code)
    .map((translation) => translation.language.ogLocale);
  return {
    // The home page's title is the site name alone, not "site name | site name". The layout's
    // title template does not reach a page in its own route segment, so the name is added here.
    title: { absolute: page.kind === 'home' ? page.title : documentTitle(page.title, siteName) },
    description: page.description,
    alternates: { canonical: url, ...(languages && { languages }) },
    ...(!page.indexable && { robots: { index: false, follow: true } }),
    openGraph: {
      type: 'website',
      url,
      title: page.title,
      description: page.description,
      siteName: publisher.name,
      locale: page.language.ogLocale,
      ...(otherLocales.length > 0 && { alternateLocale: otherLocales }),
      images: [image],
    },
    twitter: {
      card: 'summary_large_image',
      ...(publisher.twitter !== undefined && { site: publisher.twitter }),
      title: page.title,
      description: page.description,
      images: [image],
    },
  };
}

/**
 * An old address, on a host that serves its file rather than the 301: it names the page it moved
 * to as the canonical one, as the meta refresh does, so both signals point the same way and the
 * old address's links count for the new page. No noindex beside it (Google reads the two
 * together as a contradiction), and no hreflang alternates: they describe the new page, not this one.
 */
export function movedPageMetadata(target: SitePage, publisher: Publisher): Metadata {
  const metadata = pageMetadata(target, publisher);
  return {
    ...metadata,
    title: { absolute: documentTitle(message(target.language, 'movedPage.title', { target: target.title }), message(target.language, 'site.name')) },
    alternates: { canonical: absoluteUrl(target.path) },
  };
}

/** A language's not-found page: never indexed, titled in its language. */
export function notFoundMetadata(language: Language): Metadata {
  return { title: { absolute: documentTitle(message(language, 'notFound.title'), message(language, 'site.name')) }, robots: { index: false } };
}

/**
 * What every page of a language shares, given the language's home page; a page without its own
 * (the not-found page) still gets the home page's preview, without a canonical address.
 */
export function siteMetadata(home: PageOfKind<'home'>, publisher: Publisher): Metadata {
  const { openGraph, twitter } = pageMetadata(home, publisher);
  return {
    metadataBase: new URL(site.url),
    title: { default: message(home.language, 'site.name'), template: `%s | ${message(home.language, 'site.name')}` },
    description: message(home.language, 'site.description'),
    applicationName: message(home.language, 'site.name'),
    openGraph: { ...openGraph, url: undefined },
    twitter,
  };
}
