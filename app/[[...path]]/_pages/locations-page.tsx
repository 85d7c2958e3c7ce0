import { Breadcrumbs } from '@/components/breadcrumbs';
import { ExampleDataNotice } from '@/components/example-data-notice';
import { LocationsByState } from '@/components/locations-by-state';
import { TherapistCallout } from '@/components/therapist-callout';
import { findAvailabilityArticle, loadArticles } from '@/lib/content/articles';
import { CONTENT_DIR } from '@/lib/content/content-paths';
import { loadLocations } from '@/lib/content/locations';
import { breadcrumbTrail } from '@/lib/site/breadcrumbs';
import type { PageOfKind } from '@/lib/site/site-pages';

export async function LocationsPage({ page }: { page: PageOfKind<'locations'> }) {
  const { language } = page;
  const { words } = language;
  const [articles, { example, locations }] = await Promise.all([loadArticles(CONTENT_DIR, language), loadLocations()]);
  const availabilityPath = findAvailabilityArticle(articles).path;
  return (
    <>
      <Breadcrumbs trail={breadcrumbTrail(language, page)} label={words.breadcrumbs.label} />
      <h1 className="text-3xl font-bold md:text-4xl">{page.title}</h1>
      <p className="mt-3 text-lg md:text-xl">{words.locations.intro}</p>
      <p className="mt-3">
        {words.locations.notEveryState}{' '}
        <a href={availabilityPath} className="text-link">
          {words.availability.checkYourState}
        </a>
        .
      </p>
      {example ? <ExampleDataNotice words={words.exampleData} /> : null}
      <LocationsByState locations={locations} availabilityPath={availabilityPath} language={language} />
      <TherapistCallout language={language} />
    </>
  );
}
