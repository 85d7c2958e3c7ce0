import type { Language } from '@/lib/i18n/language';
import { type Location, locationsByState } from '@/lib/content/locations';
import { statePagePath, stateSlug } from '@/lib/routes/state-paths';
import { statePageTitle } from '@/lib/site/phrases';
import { LocationList } from './location-list';

/** Every location under a heading for its state, each state linking to its availability page. */
export function LocationsByState({ locations, availabilityPath, language }: { locations: readonly Location[]; availabilityPath: string; language: Language }) {
  return (
    <>
      {locationsByState(locations, language).map(({ state, stateName, locations: inState }) => (
        <section key={stateName} aria-labelledby={stateSlug(stateName)} className="mt-section">
          <h2 id={stateSlug(stateName)} className="text-2xl font-bold">
            {stateName}
          </h2>
          <p className="mt-1">
            <a href={statePagePath(availabilityPath, stateName)} className="inline-block py-1 text-link">
              {statePageTitle(state, language)}
            </a>
          </p>
          <LocationList locations={inState} language={language} />
        </section>
      ))}
    </>
  );
}
