import type { Metadata } from 'next';
import { ExampleDataNotice } from '@/components/example-data-notice';
import { LocationsByState } from '@/components/locations-by-state';
import { TherapistCallout } from '@/components/therapist-callout';
import { findAvailabilityArticle, loadArticles } from '@/lib/articles';
import { loadLocations } from '@/lib/locations';

export const metadata: Metadata = {
  title: 'Clinic locations',
  description: "The clinic's locations by state, with each address, phone number and whether the location offers dry needling.",
};

export default async function LocationsPage() {
  const [articles, { example, locations }] = await Promise.all([loadArticles(), loadLocations()]);
  const availabilityPath = findAvailabilityArticle(articles).path;
  return (
    <>
      <h1 className="text-3xl font-bold md:text-4xl">Clinic locations</h1>
      <p className="mt-3 text-lg md:text-xl">
        The clinic&apos;s locations by state, with the address, the phone number and whether each location offers dry
        needling.
      </p>
      <p className="mt-3">
        Dry needling is not offered in every state.{' '}
        <a href={availabilityPath} className="text-link">
          Check if dry needling is offered in your state
        </a>
        .
      </p>
      {example ? <ExampleDataNotice /> : null}
      <LocationsByState locations={locations} availabilityPath={availabilityPath} />
      <TherapistCallout />
    </>
  );
}
