import type { Language } from '@/lib/i18n/language';
import type { Availability } from '@/lib/content/availability';
import { formatDate } from '@/lib/i18n/dates';
import { SECTION_HEADING_CLASS } from '@/lib/content/markdown';
import { PAGE_IDS, stateLetterId } from '@/lib/routes/page-ids';
import { statesByLetter } from '@/lib/site/state-pages';
import { statePagePath } from '@/lib/routes/state-paths';
import { SectionLink } from './section-link';

/**
 * Every state and DC, grouped by first letter with A–Z jump links, each linking to its
 * own page and saying in words whether dry needling is offered there.
 */
export function StateDirectory({ availability, availabilityPath, language }: { availability: Availability; availabilityPath: string; language: Language }) {
  const named = availability.states.map((state) => ({ ...state, name: language.stateNames[state.code] }));
  const groups = statesByLetter(named, language);
  return (
    <section aria-labelledby={PAGE_IDS.stateTable} className="mt-section">
      <div className={SECTION_HEADING_CLASS}>
        <h2 id={PAGE_IDS.stateTable} className="text-2xl font-bold">
          Dry needling by state
        </h2>
        <SectionLink id={PAGE_IDS.stateTable} label={language.words.sectionLink('Dry needling by state')} />
      </div>
      <p className="mt-2">
        Choose your state to see if dry needling is offered there and what to do next. Last checked{' '}
        <time dateTime={availability.lastChecked}>{formatDate(availability.lastChecked, language.locale)}</time>.
      </p>
      <nav aria-label="States by first letter" className="mt-4 print:hidden">
        <ul className="flex flex-wrap gap-2">
          {groups.map(({ letter }) => (
            <li key={letter}>
              <a
                href={`#${stateLetterId(letter)}`}
                className="inline-flex min-h-11 min-w-11 items-center justify-center border border-rule px-2 text-link"
              >
                <span className="sr-only">States starting with </span>
                {letter}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(({ letter, states }) => (
        <div key={letter}>
          <h3 id={stateLetterId(letter)} className="mt-6 border-b-2 border-ink pb-1 text-xl font-bold">
            <span className="sr-only">States starting with </span>
            {letter}
          </h3>
          <ul>
            {states.map((state) => (
              <li key={state.code} className="flex flex-wrap items-baseline justify-between gap-x-4 border-b border-rule">
                <a href={statePagePath(availabilityPath, state.name)} className="inline-block py-2 text-link">
                  {state.name}
                </a>
                <span className="py-2">{state.available ? 'Offered' : <strong>Not offered</strong>}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
