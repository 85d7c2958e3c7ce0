import type { Metadata } from 'next';
import { movedPageMetadata, notFoundMetadata, pageMetadata } from '@/lib/site/metadata';
import { pathFromSegments, segmentsOf } from '@/lib/site/page-address';
import { findRoute, listRoutes } from '@/lib/site/site-routes';
import { AboutPage } from './_pages/about-page';
import { AccessibilityPage } from './_pages/accessibility-page';
import { ArticlePage } from './_pages/article-page';
import { GuidePage } from './_pages/guide-page';
import { HomePage } from './_pages/home-page';
import { LocationsPage } from './_pages/locations-page';
import { MovedPage } from '@/components/moved-page';
import { NotFoundPage } from '@/components/not-found-page';
import { PrivacyPage } from './_pages/privacy-page';
import { StaffLinksPage } from './_pages/staff-links-page';
import { StatePage } from './_pages/state-page';

export interface CatchAllProps {
  readonly params: Promise<{ path?: string[] }>;
}

// Every page of every language is in lib/site's list of pages; any other address is the 404 page.
export const dynamicParams = false;

export async function generateStaticParams() {
  return [...(await listRoutes()).keys()].map((path) => ({ path: segmentsOf(path) }));
}

export async function generateMetadata({ params }: CatchAllProps): Promise<Metadata> {
  const route = await findRoute(pathFromSegments((await params).path));
  if (route.kind === 'moved') return movedPageMetadata(route.target);
  if (route.kind === 'not-found') return notFoundMetadata(route.language);
  return pageMetadata(route.page);
}

/**
 * One template per kind of page; the list of pages says which kind each address is. The
 * templates load their own data, so they are called here rather than rendered as elements.
 */
export default async function Page({ params }: CatchAllProps) {
  const route = await findRoute(pathFromSegments((await params).path));
  if (route.kind === 'moved') return <MovedPage title={route.target.title} path={route.target.path} language={route.target.language} />;
  if (route.kind === 'not-found') return <NotFoundPage language={route.language} />;
  const { page } = route;
  switch (page.kind) {
    case 'home':
      return HomePage({ page });
    case 'article':
      return ArticlePage({ page });
    case 'state':
      return StatePage({ page });
    case 'locations':
      return LocationsPage({ page });
    case 'staff-links':
      return StaffLinksPage({ page });
    case 'guide':
      return GuidePage({ page });
    case 'about':
      return AboutPage({ page });
    case 'accessibility':
      return AccessibilityPage({ page });
    case 'privacy':
      return PrivacyPage({ page });
  }
}
