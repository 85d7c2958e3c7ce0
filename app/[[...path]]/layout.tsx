import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { PageShell } from '@/components/page-shell';
import { pathFromSegments } from '@/lib/site/page-address';
import { siteMetadata } from '@/lib/site/metadata';
import { siteChrome } from '@/lib/site/site-chrome';
import { findRoute, languageOfRoute } from '@/lib/site/site-routes';
import '../globals.css';

interface LayoutProps {
  readonly children: ReactNode;
  readonly params: Promise<{ path?: string[] }>;
}

async function routeOf(params: LayoutProps['params']) {
  const path = pathFromSegments((await params).path);
  return { path, route: await findRoute(path) };
}

/**
 * What every page of a language shares. Pages set their own title, description, canonical
 * address and link preview through lib/site/metadata's pageMetadata.
 */
export async function generateMetadata({ params }: Pick<LayoutProps, 'params'>): Promise<Metadata> {
  return siteMetadata(languageOfRoute((await routeOf(params)).route));
}

export default async function RootLayout({ children, params }: LayoutProps) {
  const { path, route } = await routeOf(params);
  const page = route.kind === 'page' ? route.page : undefined;
  const reviewed = page?.kind === 'article' ? page.article.translationReviewed !== false : true;
  // A not-found page is served for every missing address, so a report from it cannot name one.
  const chrome = await siteChrome(languageOfRoute(route), page?.translations ?? [], reviewed, route.kind === 'not-found' ? undefined : path);
  return <PageShell chrome={chrome}>{children}</PageShell>;
}
