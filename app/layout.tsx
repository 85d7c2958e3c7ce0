import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { SkipLink } from '@/components/skip-link';
import { findAvailabilityArticle, loadArticles } from '@/lib/content/articles';
import { LOCATIONS_PATH } from '@/lib/routes/fixed-routes';
import { PAGE_IDS } from '@/lib/routes/page-ids';
import { pageMetadata } from '@/lib/site/metadata';
import { site } from '@/lib/site/site';
import { findSitePage, loadSitePages } from '@/lib/site/site-pages';
import './globals.css';

/**
 * What every page shares. Pages set their own title, description, canonical address and
 * link preview through lib/metadata's pageMetadata; a page that does not (the 404 page)
 * still gets the site's preview, without a canonical address of its own.
 */
export async function generateMetadata(): Promise<Metadata> {
  const { openGraph, twitter } = pageMetadata(findSitePage(await loadSitePages(), '/'));
  return {
    metadataBase: new URL(site.url),
    title: { default: site.name, template: `%s | ${site.name}` },
    description: site.description,
    applicationName: site.name,
    openGraph: { ...openGraph, url: undefined },
    twitter,
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const availability = findAvailabilityArticle(await loadArticles());
  const navigation = [
    { href: `/#${PAGE_IDS.topics}`, label: 'All topics' },
    { href: availability.path, label: availability.title },
    { href: LOCATIONS_PATH, label: 'Clinic locations' },
  ];
  return (
    <html lang={site.language}>
      <body className="bg-surface font-sans text-base text-ink md:text-lg">
        <SkipLink targetId={PAGE_IDS.mainContent} />
        <SiteHeader siteName={site.name} links={navigation} />
        <main id={PAGE_IDS.mainContent} tabIndex={-1} className="mx-auto max-w-page px-gutter py-8 focus:outline-none">
          {children}
        </main>
        <SiteFooter siteName={site.name} />
      </body>
    </html>
  );
}
