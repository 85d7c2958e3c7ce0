import { Breadcrumbs } from '@/components/breadcrumbs';
import { ExampleDataNotice } from '@/components/example-data-notice';
import { LocationsByState } from '@/components/locations-by-state';
import { TherapistCallout } from '@/components/therapist-callout';
import type { TemplateProps } from '@/lib/site/route-table';

export function LocationsPage({ language, title, trail, availabilityPath, exampleLocations, locations }: TemplateProps['locations']) {
  const { words } = language;
  return (
    <>
      <Breadcrumbs trail={trail} label={words.breadcrumbs.label} />
      <h1 className="text-3xl font-bold md:text-4xl">{title}</h1>
      <p className="mt-3 text-lg md:text-xl">{words.locations.intro}</p>
      <p className="mt-3">
        {words.locations.notEveryState}{' '}
        <a href={availabilityPath} className="text-link">
          {words.availability.checkYourState}
        </a>
        .
      </p>
      {exampleLocations ? <ExampleDataNotice words={words.exampleData} /> : null}
      <LocationsByState locations={locations} availabilityPath={availabilityPath} language={language} />
      <TherapistCallout language={language} />
    </>
  );
}
