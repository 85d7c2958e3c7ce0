import type { Language } from '@/lib/i18n/language';
import type { MessageKey } from '@/lib/i18n/catalog';
import { message } from '@/lib/i18n/messages';
import { TrustSection } from './trust-section';

/** What the site does not do, one sentence each. */
const NOT_DONE = [
  'trustPages.privacy.notDone.cookies',
  'trustPages.privacy.notDone.tracking',
  'trustPages.privacy.notDone.otherWebsites',
  'trustPages.privacy.notDone.javaScript',
  'trustPages.privacy.notDone.referrer',
] as const satisfies readonly MessageKey[];

/**
 * What the site does and does not do with information about a reader. Every sentence is held
 * true by lib/hosting/security-headers.ts and tests/browser/privacy.test.ts.
 */
export function PrivacyStatement({ language }: { language: Language }) {
  return (
    <>
      <p className="mt-3 text-lg md:text-xl">{message(language, 'trustPages.privacy.intro')}</p>
      <TrustSection heading={message(language, 'trustPages.privacy.notDoneHeading')} language={language}>
        <ul className="list-disc space-y-2 pl-6">
          {NOT_DONE.map((sentence) => (
            <li key={sentence}>{message(language, sentence)}</li>
          ))}
        </ul>
      </TrustSection>
      <TrustSection heading={message(language, 'trustPages.privacy.keptHeading')} language={language}>
        <p>{message(language, 'trustPages.privacy.serverLogs')}</p>
        <p>{message(language, 'trustPages.privacy.email')}</p>
      </TrustSection>
      <TrustSection heading={message(language, 'trustPages.privacy.testedHeading')} language={language}>
        <p>{message(language, 'trustPages.privacy.tested')}</p>
      </TrustSection>
    </>
  );
}
