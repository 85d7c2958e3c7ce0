import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { PageShell } from '@/components/page-shell';
import { pathFromSegments } from '@/lib/site/page-address';
import { findRoute } from '@/lib/site/route-table';
import '../globals.css';

interface LayoutProps {
  readonly children: ReactNode;
  readonly params: Promise<{ path?: string[] }>;
}

function routeAt(params: LayoutProps['params']) {
  return params.then(({ path }) => findRoute(pathFromSegments(path)));
}

/**
 * What every page of a language shares. Pages set their own title, description, canonical
 * address and link preview, which the route table holds beside this.
 */
export async function generateMetadata({ params }: Pick<LayoutProps, 'params'>): Promise<Metadata> {
  return (await routeAt(params)).head.site;
}

export default async function RootLayout({ children, params }: LayoutProps) {
  return <PageShell chrome={(await routeAt(params)).chrome}>{children}</PageShell>;
}
