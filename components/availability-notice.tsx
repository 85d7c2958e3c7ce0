import type { StateAvailability } from '@/lib/content/availability';
import { AvailabilitySummary } from './availability-summary';

/** The compact notice shown on every article, so nobody reads on without knowing. */
export function AvailabilityNotice({
  unavailable,
  availabilityHref,
}: {
  unavailable: readonly StateAvailability[];
  availabilityHref: string;
}) {
  return (
    <div className="my-6 border-l-8 border-notice bg-notice-light px-4 py-3 text-ink">
      <AvailabilitySummary unavailable={unavailable} />
      <p className="mt-1">
        <a href={availabilityHref} className="text-link">
          Check if dry needling is offered in your state
        </a>
      </p>
    </div>
  );
}
