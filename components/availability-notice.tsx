import type { Language } from '@/lib/i18n/language';
import { message } from '@/lib/i18n/messages';
import type { StateAvailability } from '@/lib/content/availability';
import { AvailabilitySummary } from './availability-summary';

/** The compact notice shown on the home page and every article, so nobody reads on without knowing. */
export function AvailabilityNotice({
  notAvailable,
  availabilityHref,
  language,
}: {
  notAvailable: readonly StateAvailability[];
  availabilityHref: string;
  language: Language;
}) {
  return (
    <div className="my-6 border-l-8 border-notice bg-notice-light px-4 py-3 text-ink">
      <AvailabilitySummary notAvailable={notAvailable} language={language} />
      <p className="mt-1">
        <a href={availabilityHref} className="text-link">
          {message(language, 'availability.checkYourState')}
        </a>
      </p>
    </div>
  );
}
