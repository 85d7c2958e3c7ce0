import type { StateAvailability } from '@/lib/content/availability';
import { CHECK_YOUR_STATE } from '@/lib/site/phrases';
import { AvailabilitySummary } from './availability-summary';

/** The compact notice shown on the home page and every article, so nobody reads on without knowing. */
export function AvailabilityNotice({
  notAvailable,
  availabilityHref,
}: {
  notAvailable: readonly StateAvailability[];
  availabilityHref: string;
}) {
  return (
    <div className="my-6 border-l-8 border-notice bg-notice-light px-4 py-3 text-ink">
      <AvailabilitySummary notAvailable={notAvailable} />
      <p className="mt-1">
        <a href={availabilityHref} className="text-link">
          {CHECK_YOUR_STATE}
        </a>
      </p>
    </div>
  );
}
