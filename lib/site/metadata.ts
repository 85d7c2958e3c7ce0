import type { Metadata } from 'next';
import type { SitePage } from './site-pages';
import { absoluteUrl, site } from './site';

/** The size link previews are drawn at: what Facebook, LinkedIn and others show uncropped. */
export const LINK_PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** Everything in <head> that describes one page: title, description, canonical address, link previews. */
export function pageMetadata(page: SitePage): Metadata {
  const url = absoluteUrl(page.path);
  const alt = page.title === site.name ? site.name : `${page.title}, ${site.name}`;
  const image = { url: absoluteUrl(page.image), ...LINK_PREVIEW_SIZE, alt, type: 'image/png' };
  return {
    // The home page's title is the site name alone, not "site name | site name".
    title: page.path === '/' ? { absolute: page.title } : page.title,
    description: page.description,
    alternates: { canonical: url },
    ...(!page.indexable && { robots: { index: false, follow: true } }),
    openGraph: {
      type: 'website',
      url,
      title: page.title,
      description: page.description,
      siteName: site.name,
      locale: site.locale,
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: page.title, description: page.description, images: [image] },
  };
}

/** An old address: search engines are told the page it moved to is the real one, and to leave this one out. */
export function movedPageMetadata(target: SitePage): Metadata {
  return { ...pageMetadata({ ...target, indexable: false }), title: `Moved: ${target.title}` };
}
