import type { Language } from '@/lib/i18n/language';
import { message } from '@/lib/i18n/messages';
import { type Location, telHref } from '@/lib/content/locations';
import { locationOffers } from '@/lib/site/phrases';

function LocationEntry({ location, language }: { location: Location; language: Language }) {
  const offers = locationOffers(location.offersDryNeedling, language);
  return (
    <li className="border-b border-rule py-4">
      <h3 className="text-lg font-bold">{location.name}</h3>
      <address className="mt-1 not-italic">
        {location.street}
        <br />
        {location.city}, {location.state} {location.zip}
      </address>
      <p className="mt-1">
        {message(language, 'locations.phone')}{' '}
        <a href={telHref(location.phone)} className="inline-block py-1 whitespace-nowrap text-link">
          {location.phone}
        </a>
      </p>
      {/* A label and its value: a bold line of its own would read as a heading to assistive technology. */}
      <dl className="mt-1">
        <div>
          <dt className="inline font-bold">{offers.label}:</dt> <dd className="inline">{offers.value}</dd>
        </div>
      </dl>
    </li>
  );
}

/** Locations with an address a person can copy and a phone number they can tap. */
export function LocationList({ locations, language }: { locations: readonly Location[]; language: Language }) {
  return (
    <ul className="mt-2">
      {locations.map((location) => (
        // Stryker disable next-line StringLiteral: React keys never reach the HTML; the list is rendered once, on the server.
        <LocationEntry key={`${location.state} ${location.name}`} location={location} language={language} />
      ))}
    </ul>
  );
}
