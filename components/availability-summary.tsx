import type { StateAvailability } from '@/lib/content/availability';
import { notAvailableSentence } from '@/lib/site/phrases';

/** One sentence saying what the clinic's article says about states, from the data alone. */
export function AvailabilitySummary({ notAvailable }: { notAvailable: readonly StateAvailability[] }) {
  return <p>{notAvailableSentence(notAvailable)}</p>;
}
