import type { Language } from '@/lib/i18n/language';
import type { ReactNode } from 'react';
import { TrustSection } from './trust-section';

export interface AccessibilityStatementProps {
  readonly language: Language;
  /** The names of the languages whose pages no qualified translator has reviewed yet, as one list; undefined when there are none. */
  readonly unreviewedLanguages?: string;
  /** How to report a problem (components/problem-report-invitation). */
  readonly report: ReactNode;
}

/** The standard the site aims for, what the tests check, what is known not to work well, and how to say so. */
export function AccessibilityStatement({ language, unreviewedLanguages, report }: AccessibilityStatementProps) {
  const words = language.words.trustPages.accessibility;
  return (
    <>
      <p className="mt-3 text-lg md:text-xl">{words.intro}</p>
      <TrustSection heading={words.standardHeading} language={language}>
        <p>{words.standard}</p>
      </TrustSection>
      <TrustSection heading={words.testingHeading} language={language}>
        <p>{words.testingIntro}</p>
        <ul className="list-disc space-y-2 pl-6">
          {words.tests.map((test) => (
            <li key={test}>{test}</li>
          ))}
        </ul>
        <p>{words.testingMore}</p>
      </TrustSection>
      <TrustSection heading={words.limitsHeading} language={language}>
        <ul className="list-disc space-y-2 pl-6">
          {unreviewedLanguages === undefined ? null : <li>{words.unreviewedTranslations(unreviewedLanguages)}</li>}
          <li>{words.automaticLimit}</li>
        </ul>
      </TrustSection>
      <TrustSection heading={words.reportHeading} language={language}>{report}</TrustSection>
    </>
  );
}
