import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { StateAvailabilityView } from '@/components/state-availability-view';
import { findAvailabilityArticle, loadArticles } from '@/lib/content/articles';
import { loadAvailability, statesNotAvailable } from '@/lib/content/availability';
import { CONTENT_DIR } from '@/lib/content/content-paths';
import { dryNeedlingLocationsFor, loadLocations } from '@/lib/content/locations';
import { loadSourceArticle } from '@/lib/content/source-article';
import { answerFor } from '@/lib/content/state-answers';
import { fixedRoutes } from '@/lib/routes/fixed-routes';
import { breadcrumbTrail } from '@/lib/site/breadcrumbs';
import type { PageOfKind } from '@/lib/site/site-pages';
import { statePageJsonLd } from '@/lib/site/structured-data';

export async function StatePage({ page }: { page: PageOfKind<'state'> }) {
  const { state, language } = page;
  const [articles, availability, { example, locations }, source] = await Promise.all([
    loadArticles(CONTENT_DIR, language),
    loadAvailability(),
    loadLocations(),
    loadSourceArticle(),
  ]);
  const stateList = findAvailabilityArticle(articles);
  const trail = breadcrumbTrail(language, stateList, page);
  // A state page is part of the list of states, so it is reviewed with that article.
  const review = { lastReviewed: stateList.lastReviewed, nextReview: stateList.nextReview };
  return (
    <>
      <JsonLd data={statePageJsonLd({ page, state: { name: language.stateNames[state.code] }, lastReviewed: review.lastReviewed, trail })} />
      <Breadcrumbs trail={trail} label={language.words.breadcrumbs.label} />
      <StateAvailabilityView
        answer={answerFor(state, locations)}
        language={language}
        notAvailableCount={statesNotAvailable(availability).length}
        elsewhere={dryNeedlingLocationsFor(state.code, locations).elsewhere}
        exampleLocations={example}
        availabilityPath={stateList.path}
        locationsPath={fixedRoutes(language).locations}
        source={source}
        review={review}
        checked={availability.checked}
      />
    </>
  );
}
