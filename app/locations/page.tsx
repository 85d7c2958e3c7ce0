import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ExampleDataNotice } from '@/components/example-data-notice';
import { LocationsByState } from '@/components/locations-by-state';
import { TherapistCallout } from '@/components/therapist-callout';
import { findAvailabilityArticle, loadArticles } from '@/lib/content/articles';
import { breadcrumbTrail } from '@/lib/site/breadcrumbs';
import { loadLocations } from '@/lib/content/locations';
import { LOCATIONS_PATH } from '@/lib/routes/fixed-routes';
import { pageMetadata } from '@/lib/site/metadata';
import { CHECK_YOUR_STATE } from '@/lib/site/phrases';
import { findSitePage, loadSitePages } from '@/lib/site/site-pages';

async function thisPage() {
  return findSitePage(await loadSitePages(), LOCATIONS_PATH);
}

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(await thisPage());
}

export default async function LocationsPage() {
  const [page, articles, { example, locations }] = await Promise.all([thisPage(), loadArticles(), loadLocations()]);
  const availabilityPath = findAvailabilityArticle(articles).path;
  return (
    <>
      <Breadcrumbs trail={breadcrumbTrail(page)} />
      <h1 className="text-3xl font-bold md:text-4xl">{page.title}</h1>
      <p className="mt-3 text-lg md:text-xl">
        The clinic&apos;s locations by state, with the address, the phone number and whether each location offers dry
        needling.
      </p>
      <p className="mt-3">
        Dry needling is not available in every state.{' '}
        <a href={availabilityPath} className="text-link">
          {CHECK_YOUR_STATE}
        </a>
        .
      </p>
      {example ? <ExampleDataNotice /> : null}
      <LocationsByState locations={locations} availabilityPath={availabilityPath} />
      <TherapistCallout />
    </>
  );
}
