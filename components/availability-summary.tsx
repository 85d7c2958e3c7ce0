import type { Language } from '@/lib/i18n/language';
import type { StateAvailability } from '@/lib/content/availability';
import { joinWithAnd } from '@/lib/i18n/lists';
import { stateInSentence } from '@/lib/site/state-pages';

/** One sentence saying where dry needling is not offered, from the data alone. */
export function AvailabilitySummary({ unavailable, language }: { unavailable: readonly StateAvailability[]; language: Language }) {
  if (unavailable.length === 0) {
    return <p>Dry needling is offered in every US state and the District of Columbia.</p>;
  }
  return (
    <p>
      Dry needling is <strong>not</strong> offered in {joinWithAnd(unavailable.map((state) => stateInSentence(state.code, language)), language.locale)}.
    </p>
  );
}
