import type { Metadata } from 'next';
import { StateAvailabilityView } from '@/components/state-availability-view';
import { findAvailabilityArticle, loadArticles } from '@/lib/articles';
import { loadAvailability } from '@/lib/availability';
import { LOCATIONS_PATH, dryNeedlingLocationsFor, loadLocations } from '@/lib/locations';
import { findStateBySlug, stateSlug, statePageDescription, statePageTitle } from '@/lib/state-pages';

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
  const state = await findState(params);
  return { title: statePageTitle(state.code), description: statePageDescription(state) };
}

export default async function StatePage({ params }: StatePageProps) {
  const [state, articles, availability, { example, locations }] = await Promise.all([
    findState(params),
    loadArticles(),
    loadAvailability(),
    loadLocations(),
  ]);
  const { inState, elsewhere } = dryNeedlingLocationsFor(state.code, locations);
  return (
    <StateAvailabilityView
      state={state}
      lastChecked={availability.lastChecked}
      inState={inState}
      elsewhere={elsewhere}
      exampleLocations={example}
      availabilityPath={findAvailabilityArticle(articles).path}
      locationsPath={LOCATIONS_PATH}
    />
  );
}
