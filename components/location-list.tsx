import { type Location, telHref } from '@/lib/content/locations';

function LocationEntry({ location }: { location: Location }) {
  return (
    <li className="border-b border-rule py-4">
      <h3 className="text-lg font-bold">{location.name}</h3>
      <address className="mt-1 not-italic">
        {location.street}
        <br />
        {location.city}, {location.state} {location.zip}
      </address>
      <p className="mt-1">
        Phone:{' '}
        <a href={telHref(location.phone)} className="inline-block py-1 text-link">
          {location.phone}
        </a>
      </p>
      <p className="mt-1">{location.offersDryNeedling ? 'Offers dry needling' : <strong>Does not offer dry needling</strong>}</p>
    </li>
  );
}

/** Locations with an address a person can copy and a phone number they can tap. */
export function LocationList({ locations }: { locations: readonly Location[] }) {
  return (
    <ul className="mt-2">
      {locations.map((location) => (
        <LocationEntry key={`${location.state} ${location.name}`} location={location} />
      ))}
    </ul>
  );
}
