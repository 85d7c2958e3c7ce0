import { Breadcrumbs } from '@/components/breadcrumbs';
import { message } from '@/lib/i18n/messages';
import { ExampleDataNotice } from '@/components/example-data-notice';
import { LocationsByState } from '@/components/locations-by-state';
import { TherapistCallout } from '@/components/therapist-callout';
import type { TemplateProps } from '@/lib/site/route-table';

export function LocationsPage({ language, title, trail, availabilityPath, exampleLocations, locations }: TemplateProps['locations']) {
  return (
    <>
      <Breadcrumbs trail={trail} label={message(language, 'breadcrumbs.label')} />
      <h1 className="text-3xl font-bold md:text-4xl">{title}</h1>
      <p className="mt-3 text-lg md:text-xl">{message(language, 'locations.intro')}</p>
      <p className="mt-3">
        {message(language, 'locations.notEveryState')}{' '}
        <a href={availabilityPath} className="text-link">
          {message(language, 'availability.checkYourState')}
        </a>
        .
      </p>
      {exampleLocations ? <ExampleDataNotice language={language} /> : null}
      <LocationsByState locations={locations} availabilityPath={availabilityPath} language={language} />
      <TherapistCallout language={language} />
    </>
  );
}
