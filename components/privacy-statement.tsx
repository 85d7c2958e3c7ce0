import type { Language } from '@/lib/i18n/language';
import { TrustSection } from './trust-section';

/**
 * What the site does and does not do with information about a reader. Every sentence is held
 * true by lib/hosting/security-headers.ts and tests/browser/privacy.test.ts.
 */
export function PrivacyStatement({ language }: { language: Language }) {
  const words = language.words.trustPages.privacy;
  return (
    <>
      <p className="mt-3 text-lg md:text-xl">{words.intro}</p>
      <TrustSection heading={words.notDoneHeading} language={language}>
        <ul className="list-disc space-y-2 pl-6">
          {words.notDone.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      </TrustSection>
      <TrustSection heading={words.keptHeading} language={language}>
        <p>{words.serverLogs}</p>
        <p>{words.email}</p>
      </TrustSection>
      <TrustSection heading={words.testedHeading} language={language}>
        <p>{words.tested}</p>
      </TrustSection>
    </>
  );
}
