import type { Language } from '@/lib/i18n/language';
import { message } from '@/lib/i18n/messages';

/**
 * Shown while content/locations.yaml still holds the example clinics, before the first
 * sentence or number that depends on them, so nobody calls a made-up number.
 */
export function ExampleDataNotice({ language }: { language: Language }) {
  return (
    <div className="my-6 border-l-8 border-notice bg-notice-light px-4 py-3 text-ink">
      <p>
        <strong>{message(language, 'exampleData.lead')}</strong> {message(language, 'exampleData.rest')}
      </p>
    </div>
  );
}
