import type { Words } from '@/lib/i18n/words';

/**
 * Shown while content/locations.yaml still holds the example clinics, before the first
 * sentence or number that depends on them, so nobody calls a made-up number.
 */
export function ExampleDataNotice({ words }: { words: Words['exampleData'] }) {
  return (
    <div className="my-6 border-l-8 border-notice bg-notice-light px-4 py-3 text-ink">
      <p>
        <strong>{words.lead}</strong> {words.rest}
      </p>
    </div>
  );
}
