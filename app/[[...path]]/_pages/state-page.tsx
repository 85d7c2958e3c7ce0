import { Breadcrumbs } from '@/components/breadcrumbs';
import { StateAvailabilityView } from '@/components/state-availability-view';
import { findAvailabilityArticle, loadArticles } from '@/lib/content/articles';
import { loadAvailability } from '@/lib/content/availability';
import { CONTENT_DIR } from '@/lib/content/content-paths';
import { dryNeedlingLocationsFor, loadLocations } from '@/lib/content/locations';
import { fixedRoutes } from '@/lib/routes/fixed-routes';
import { breadcrumbTrail } from '@/lib/site/breadcrumbs';
import type { PageOfKind } from '@/lib/site/site-pages';

export async function StatePage({ page }: { page: PageOfKind<'state'> }) {
  const { state, language } = page;
  const [articles, availability, { example, locations }] = await Promise.all([
    loadArticles(CONTENT_DIR, language),
    loadAvailability(),
    loadLocations(),
  ]);
  const { inState, elsewhere } = dryNeedlingLocationsFor(state.code, locations);
  const stateList = findAvailabilityArticle(articles);
  return (
    <>
      <Breadcrumbs trail={breadcrumbTrail(language, stateList, page)} label={language.words.breadcrumbs.label} />
      <StateAvailabilityView
        state={state}
        language={language}
        lastChecked={availability.lastChecked}
        inState={inState}
        elsewhere={elsewhere}
        exampleLocations={example}
        availabilityPath={stateList.path}
        locationsPath={fixedRoutes(language).locations}
      />
    </>
  );
}
