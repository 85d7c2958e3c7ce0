import type { Language } from '@/lib/i18n/language';
import type { MessageKey } from '@/lib/i18n/catalog';
import { message } from '@/lib/i18n/messages';
import type { ReactNode } from 'react';
import { TrustSection } from './trust-section';

/** What the browser tests check on every page, each ending the sentence before the list. */
const TESTS = [
  'trustPages.accessibility.test.axe',
  'trustPages.accessibility.test.keyboard',
  'trustPages.accessibility.test.phone',
  'trustPages.accessibility.test.noJavaScript',
  'trustPages.accessibility.test.links',
  'trustPages.accessibility.test.print',
] as const satisfies readonly MessageKey[];

export interface AccessibilityStatementProps {
  readonly language: Language;
  /** The names of the languages whose pages no qualified translator has reviewed yet, as one list; undefined when there are none. */
  readonly unreviewedLanguages?: string;
  /** How to report a problem (components/problem-report-invitation). */
  readonly report: ReactNode;
}

/** The standard the site aims for, what the tests check, what is known not to work well, and how to say so. */
export function AccessibilityStatement({ language, unreviewedLanguages, report }: AccessibilityStatementProps) {
  return (
    <>
      <p className="mt-3 text-lg md:text-xl">{message(language, 'trustPages.accessibility.intro')}</p>
      <TrustSection heading={message(language, 'trustPages.accessibility.standardHeading')} language={language}>
        <p>{message(language, 'trustPages.accessibility.standard')}</p>
      </TrustSection>
      <TrustSection heading={message(language, 'trustPages.accessibility.testingHeading')} language={language}>
        <p>{message(language, 'trustPages.accessibility.testingIntro')}</p>
        <ul className="list-disc space-y-2 pl-6">
          {TESTS.map((test) => (
            <li key={test}>{message(language, test)}</li>
          ))}
        </ul>
        <p>{message(language, 'trustPages.accessibility.testingMore')}</p>
      </TrustSection>
      <TrustSection heading={message(language, 'trustPages.accessibility.limitsHeading')} language={language}>
        <ul className="list-disc space-y-2 pl-6">
          {unreviewedLanguages === undefined ? null : <li>{message(language, 'trustPages.accessibility.unreviewedTranslations', { languages: unreviewedLanguages })}</li>}
          <li>{message(language, 'trustPages.accessibility.automaticLimit')}</li>
        </ul>
      </TrustSection>
      <TrustSection heading={message(language, 'trustPages.accessibility.reportHeading')} language={language}>{report}</TrustSection>
    </>
  );
}
