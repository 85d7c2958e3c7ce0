import { EXAMPLE_DATA_NOTICE } from '@/lib/site/phrases';

/**
 * Shown while content/locations.yaml still holds the example clinics, before the first
 * sentence or number that depends on them, so nobody calls a made-up number.
 */
export function ExampleDataNotice() {
  return (
    <div className="my-6 border-l-8 border-notice bg-notice-light px-4 py-3 text-ink">
      <p>
        <strong>{EXAMPLE_DATA_NOTICE.lead}</strong> {EXAMPLE_DATA_NOTICE.rest}
      </p>
    </div>
  );
}
