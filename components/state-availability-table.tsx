import type { Availability } from '@/lib/availability';
import { formatDate } from '@/lib/dates';
import { SECTION_HEADING_CLASS } from '@/lib/markdown';
import { PAGE_IDS } from '@/lib/page-ids';
import { SectionLink } from './section-link';

/** Every state and DC with whether dry needling is offered, so a patient can find theirs. */
export function StateAvailabilityTable({ availability }: { availability: Availability }) {
  return (
    <section aria-labelledby={PAGE_IDS.stateTable} className="mt-section">
      <div className={SECTION_HEADING_CLASS}>
        <h2 id={PAGE_IDS.stateTable} className="text-2xl font-bold">
          Dry needling by state
        </h2>
        <SectionLink id={PAGE_IDS.stateTable} heading="Dry needling by state" />
      </div>
      <table className="mt-4 w-full border-collapse text-left">
        <caption className="pb-2 text-left text-muted">
          States and the District of Columbia in alphabetical order. Last checked{' '}
          <time dateTime={availability.lastChecked}>{formatDate(availability.lastChecked)}</time>.
        </caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-4">
              State
            </th>
            <th scope="col" className="py-2">
              Offered in this state?
            </th>
          </tr>
        </thead>
        <tbody>
          {availability.states.map((state) => (
            <tr key={state.code} className="border-b border-rule">
              <th scope="row" className="py-2 pr-4 font-normal">
                {state.name}
              </th>
              <td className="py-2">
                {state.available ? 'Yes' : <strong>No</strong>}
                {state.note ? <span className="block text-muted">{state.note}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
