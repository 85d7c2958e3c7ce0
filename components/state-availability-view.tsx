import type { Language } from '@/lib/i18n/language';
import type { StateAvailability } from '@/lib/content/availability';
import { formatDate } from '@/lib/i18n/dates';
import type { Location } from '@/lib/content/locations';
import { PAGE_IDS } from '@/lib/routes/page-ids';
import { stateInSentence, statePageTitle } from '@/lib/site/state-pages';
import { ExampleDataNotice } from './example-data-notice';
import { LocationList } from './location-list';
import { TherapistCallout } from './therapist-callout';

export interface StateAvailabilityViewProps {
  readonly state: StateAvailability;
  readonly language: Language;
  /** When a person last checked the availability data. */
  readonly lastChecked: string;
  /** Locations in this state that offer dry needling. */
  readonly inState: readonly Location[];
  /** Locations in other states that offer it: the alternatives when there are none in this state. */
  readonly elsewhere: readonly Location[];
  /** True while the locations are the example data shipped with the site. */
  readonly exampleLocations: boolean;
  readonly availabilityPath: string;
  readonly locationsPath: string;
}

function NextSteps({ state, inState, elsewhere, language }: Pick<StateAvailabilityViewProps, 'state' | 'inState' | 'elsewhere' | 'language'>) {
  const name = stateInSentence(state.code, language);
  if (!state.available) {
    return (
      <>
        <p className="mt-2">
          Talk to your physical therapist about other treatments. Dry needling is one part of a plan of care, and it is
          used alongside other therapies.
        </p>
        {elsewhere.length > 0 ? <p className="mt-2">Dry needling is offered at the locations in other states listed below.</p> : null}
      </>
    );
  }
  if (inState.length > 0) {
    return (
      <p className="mt-2">
        Call a location below to ask about dry needling. Your physical therapist will help you decide if it is right for you.
      </p>
    );
  }
  return (
    <>
      <p className="mt-2">None of the clinic&apos;s locations in {name} offers dry needling.</p>
      <p className="mt-2">
        Ask your physical therapist or contact the clinic to find out where you can get it.
        {elsewhere.length > 0 ? ' The locations in other states listed below offer it.' : null}
      </p>
    </>
  );
}

/** The answer for one state: offered or not, the note, and what to do next. */
export function StateAvailabilityView({
  state,
  language,
  lastChecked,
  inState,
  elsewhere,
  exampleLocations,
  availabilityPath,
  locationsPath,
}: StateAvailabilityViewProps) {
  const name = stateInSentence(state.code, language);
  const listed = inState.length > 0 ? inState : elsewhere;
  const listHeading = inState.length > 0 ? `Locations in ${name} that offer dry needling` : 'Locations in other states that offer dry needling';
  return (
    <article>
      <h1 className="text-3xl font-bold md:text-4xl">{statePageTitle(state.code, language)}</h1>
      <p className="mt-3 text-lg md:text-xl">
        {state.available ? (
          <>Dry needling is offered in {name}.</>
        ) : (
          <>
            Dry needling is <strong>not</strong> offered in {name}.
          </>
        )}
      </p>
      {state.note ? <p className="mt-2">{state.note}</p> : null}
      <p className="mt-2 text-muted">
        Last checked <time dateTime={lastChecked}>{formatDate(lastChecked, language.locale)}</time>.
      </p>

      <h2 className="mt-section text-2xl font-bold">What to do next</h2>
      <NextSteps state={state} inState={inState} elsewhere={elsewhere} language={language} />

      {listed.length > 0 ? (
        <section aria-labelledby={PAGE_IDS.stateLocations} className="mt-section">
          <h2 id={PAGE_IDS.stateLocations} className="text-2xl font-bold">
            {listHeading}
          </h2>
          {exampleLocations ? <ExampleDataNotice /> : null}
          <LocationList locations={listed} />
        </section>
      ) : null}

      <ul className="mt-section space-y-1">
        <li>
          <a href={availabilityPath} className="inline-block py-1 text-link">
            See where dry needling is offered in every state
          </a>
        </li>
        <li>
          <a href={locationsPath} className="inline-block py-1 text-link">
            See all of the clinic&apos;s locations
          </a>
        </li>
      </ul>
      <TherapistCallout language={language} />
    </article>
  );
}
