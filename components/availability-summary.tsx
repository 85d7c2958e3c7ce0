import type { Language } from '@/lib/i18n/language';
import type { StateAvailability } from '@/lib/content/availability';
import { notAvailableSentence } from '@/lib/site/phrases';

/** One sentence saying what the clinic's article says about states, from the data alone. */
export function AvailabilitySummary({ notAvailable, language }: { notAvailable: readonly StateAvailability[]; language: Language }) {
  return <p>{notAvailableSentence(notAvailable, language)}</p>;
}
