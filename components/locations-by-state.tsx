import type { Language } from '@/lib/i18n/language';
import { type Location, locationsByState } from '@/lib/content/locations';
import { statePagePath, stateSlug } from '@/lib/routes/state-paths';
import { statePageTitle } from '@/lib/site/phrases';
import { LocationList } from './location-list';
import { SectionHeading } from './section-heading';

/** Every location under a heading for its state, with a link to itself, each state linking to its availability page. */
export function LocationsByState({ locations, availabilityPath, language }: { locations: readonly Location[]; availabilityPath: string; language: Language }) {
  return (
    <>
      {locationsByState(locations, language).map(({ state, stateName, locations: inState }) => (
        <section key={stateName} aria-labelledby={stateSlug(stateName)} className="mt-section">
          <SectionHeading id={stateSlug(stateName)} text={stateName} language={language} className="" />
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
