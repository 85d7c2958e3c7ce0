import type { StateAvailability } from '@/lib/content/availability';
import { joinWithAnd } from '@/lib/i18n/lists';
import { nameInSentence } from '@/lib/i18n/us-states';

/** One sentence saying where dry needling is not offered, from the data alone. */
export function AvailabilitySummary({ unavailable }: { unavailable: readonly StateAvailability[] }) {
  if (unavailable.length === 0) {
    return <p>Dry needling is offered in every US state and the District of Columbia.</p>;
  }
  return (
    <p>
      Dry needling is <strong>not</strong> offered in {joinWithAnd(unavailable.map((state) => nameInSentence(state.code)))}.
    </p>
  );
}
