import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { StateAvailabilityView } from '@/components/state-availability-view';
import { findAvailabilityArticle, loadArticles } from '@/lib/content/articles';
import { loadAvailability, statesNotAvailable } from '@/lib/content/availability';
import { dryNeedlingLocationsFor, loadLocations } from '@/lib/content/locations';
import { loadSourceArticle } from '@/lib/content/source-article';
import { answerFor } from '@/lib/content/state-answers';
import { LOCATIONS_PATH } from '@/lib/routes/fixed-routes';
import { breadcrumbTrail } from '@/lib/site/breadcrumbs';
import { pageMetadata } from '@/lib/site/metadata';
import { findSitePage, loadSitePages } from '@/lib/site/site-pages';
import { statePageJsonLd } from '@/lib/site/structured-data';
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
  const [state, articles, availability, { example, locations }, pages, source] = await Promise.all([
    findState(params),
    loadArticles(),
    loadAvailability(),
    loadLocations(),
    loadSitePages(),
    loadSourceArticle(),
  ]);
  const stateList = findAvailabilityArticle(articles);
  const page = findSitePage(pages, statePagePath(stateList.path, state.name));
  const trail = breadcrumbTrail(stateList, page);
  // A state page is part of the list of states, so it is reviewed with that article.
  const review = { lastReviewed: stateList.lastReviewed, nextReview: stateList.nextReview };
  return (
    <>
      <JsonLd data={statePageJsonLd({ page, state, lastReviewed: review.lastReviewed, trail })} />
      <Breadcrumbs trail={trail} />
      <StateAvailabilityView
        answer={answerFor(state, locations)}
        notAvailableCount={statesNotAvailable(availability).length}
        elsewhere={dryNeedlingLocationsFor(state.code, locations).elsewhere}
        exampleLocations={example}
        availabilityPath={stateList.path}
        locationsPath={LOCATIONS_PATH}
        source={source}
        review={review}
        checked={availability.checked}
      />
    </>
  );
}
