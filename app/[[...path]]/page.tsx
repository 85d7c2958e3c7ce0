import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { MovedPage } from '@/components/moved-page';
import { NotFoundPage } from '@/components/not-found-page';
import { pathFromSegments, segmentsOf } from '@/lib/site/page-address';
import { findRoute, loadRouteTable, type RouteKind, type TemplateProps } from '@/lib/site/route-table';
import { AboutPage } from './_pages/about-page';
import { AccessibilityPage } from './_pages/accessibility-page';
import { ArticlePage } from './_pages/article-page';
import { GuidePage } from './_pages/guide-page';
import { HomePage } from './_pages/home-page';
import { LocationsPage } from './_pages/locations-page';
import { PrivacyPage } from './_pages/privacy-page';
import { StaffLinksPage } from './_pages/staff-links-page';
import { StatePage } from './_pages/state-page';

export interface CatchAllProps {
  readonly params: Promise<{ path?: string[] }>;
}

// Every address is in lib/site's route table; any other address is the 404 page.
export const dynamicParams = false;

/** One template for each kind of route: the compiler refuses a kind without one. */
const templates: { readonly [Kind in RouteKind]: (props: TemplateProps[Kind]) => ReactNode } = {
  home: HomePage,
  article: ArticlePage,
  state: StatePage,
  locations: LocationsPage,
  'staff-links': StaffLinksPage,
  guide: GuidePage,
  about: AboutPage,
  accessibility: AccessibilityPage,
  privacy: PrivacyPage,
  moved: MovedPage,
  'not-found': NotFoundPage,
};

/** The templates take props and read nothing, so each is called as a plain function of its route's props. */
function render<Kind extends RouteKind>(kind: Kind, props: TemplateProps[Kind]): ReactNode {
  const template: (props: TemplateProps[Kind]) => ReactNode = templates[kind];
  return template(props);
}

function routeAt(params: CatchAllProps['params']) {
  return params.then(({ path }) => findRoute(pathFromSegments(path)));
}

export async function generateStaticParams() {
  return [...(await loadRouteTable()).routes.keys()].map((path) => ({ path: segmentsOf(path) }));
}

export async function generateMetadata({ params }: CatchAllProps): Promise<Metadata> {
  return (await routeAt(params)).head.page;
}

export default async function Page({ params }: CatchAllProps) {
  const { kind, props } = await routeAt(params);
  return render(kind, props);
}
