import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { StateAvailabilityView } from '@/components/state-availability-view';
import { findAvailabilityArticle, loadArticles } from '@/lib/content/articles';
import { loadAvailability } from '@/lib/content/availability';
import { dryNeedlingLocationsFor, loadLocations } from '@/lib/content/locations';
import { LOCATIONS_PATH } from '@/lib/routes/fixed-routes';
import { breadcrumbTrail } from '@/lib/site/breadcrumbs';
import { pageMetadata } from '@/lib/site/metadata';
import { findSitePage, loadSitePages } from '@/lib/site/site-pages';
import { findStateBySlug, stateSlug, statePagePath } from '@/lib/routes/state-paths';

interface StatePageProps {
  params: Promise<{ slug: string; state: string }>;
}

// One page per state and DC under the page that lists them (/availability/texas/); nothing else.
export const dynamicParams = false;

export async function generateStaticParams() {
  const [articles, availability] = await Promise.all([loadArticles(), loadAvailability()]);
  const { slug } = findAvailabilityArticle(articles);
  return availability.states.map((state) => ({ slug, state: stateSlug(state.name) }));
}

async function findState(params: StatePageProps['params']) {
  const slug = (await params).state;
  const state = findStateBySlug((await loadAvailability()).states, slug);
  if (!state) throw new Error(`There is no state with the page address "${slug}".`);
  return state;
}

export async function generateMetadata({ params }: StatePageProps): Promise<Metadata> {
  const [state, articles, pages] = await Promise.all([findState(params), loadArticles(), loadSitePages()]);
  return pageMetadata(findSitePage(pages, statePagePath(findAvailabilityArticle(articles).path, state.name)));
}

export default async function StatePage({ params }: StatePageProps) {
  const [state, articles, availability, { example, locations }, pages] = await Promise.all([
    findState(params),
    loadArticles(),
    loadAvailability(),
    loadLocations(),
    loadSitePages(),
  ]);
  const { inState, elsewhere } = dryNeedlingLocationsFor(state.code, locations);
  const stateList = findAvailabilityArticle(articles);
  const trail = breadcrumbTrail(stateList, findSitePage(pages, statePagePath(stateList.path, state.name)));
  return (
    <>
      <Breadcrumbs trail={trail} />
      <StateAvailabilityView
        state={state}
        lastChecked={availability.lastChecked}
        inState={inState}
        elsewhere={elsewhere}
        exampleLocations={example}
        availabilityPath={stateList.path}
        locationsPath={LOCATIONS_PATH}
      />
    </>
  );
}
