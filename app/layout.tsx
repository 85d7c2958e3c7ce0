import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { SkipLink } from '@/components/skip-link';
import { findAvailabilityArticle, loadArticles } from '@/lib/articles';
import { LOCATIONS_PATH } from '@/lib/locations';
import { PAGE_IDS } from '@/lib/page-ids';
import { site } from '@/lib/site';
import './globals.css';

export const metadata: Metadata = {
  title: { default: site.name, template: `%s | ${site.name}` },
  description: site.description,
};

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
