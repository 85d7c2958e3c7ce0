import type { Clinic } from '@/lib/content/clinic';
import type { Reviewer } from '@/lib/content/reviewers';
import type { SourceArticle } from '@/lib/content/source-article';
import { message } from '@/lib/i18n/messages';
import { editorialStandards } from '@/lib/content/editorial-standards';
import { formatDate } from '@/lib/i18n/dates';
import type { Language } from '@/lib/i18n/language';
import type { ReactNode } from 'react';
import { ClinicContact } from './clinic-contact';
import { TrustSection } from './trust-section';

export interface AboutViewProps {
  readonly language: Language;
  readonly source: SourceArticle;
  /** The clinic that publishes the site (content/clinic.yaml). */
  readonly clinic: Clinic;
  /** The names of the languages whose pages no qualified translator has reviewed yet, as one list; undefined when there are none. */
  readonly unreviewedLanguages?: string;
  /** Everyone who reviews pages (content/reviewers.yaml). */
  readonly reviewers: readonly Reviewer[];
  /** How to report a mistake (components/problem-report-invitation). */
  readonly report: ReactNode;
}

/** Who publishes the site, where its facts come from, and how its pages are written and reviewed. */
export function AboutView({ language, source, clinic, unreviewedLanguages, reviewers, report }: AboutViewProps) {
  return (
    <>
      <p className="mt-3 text-lg md:text-xl">{message(language, 'trustPages.about.intro')}</p>
      <TrustSection heading={message(language, 'trustPages.about.publisherHeading')} language={language}>
        <p>{message(language, 'trustPages.about.publisher', { clinic: clinic.name })}</p>
        <ClinicContact clinic={clinic} language={language} />
      </TrustSection>
      <TrustSection heading={message(language, 'trustPages.about.sourceHeading')} language={language}>
        <p>{message(language, 'trustPages.about.source', { title: source.title, date: formatDate(source.published, language.locale) })}</p>
        <p>{message(language, 'trustPages.about.nothingAdded')}</p>
      </TrustSection>
      <TrustSection heading={message(language, 'trustPages.about.writingHeading')} language={language}>
        {/* The rules npm run check:content enforces, from the one place they are set. */}
        <p>{message(language, 'trustPages.about.writing', editorialStandards)}</p>
      </TrustSection>
      <TrustSection heading={message(language, 'trustPages.about.reviewsHeading')} language={language}>
        <p>{message(language, 'trustPages.about.reviewProcess', editorialStandards)}</p>
        {reviewers.length === 0 ? (
          <p>{message(language, 'trustPages.about.noReviewers')}</p>
        ) : (
          <>
            <p>{message(language, 'trustPages.about.reviewersIntro')}</p>
            <ul className="list-disc pl-6">
              {reviewers.map((reviewer) => (
                <li key={reviewer.id}>
                  {message(language, 'trustPages.about.reviewer', { name: reviewer.name, credentials: reviewer.credentials, role: reviewer.role })}
                  {reviewer.example ? <> {message(language, 'review.exampleReviewer')}</> : null}
                </li>
              ))}
            </ul>
          </>
        )}
      </TrustSection>
      {unreviewedLanguages === undefined ? null : (
        <TrustSection heading={message(language, 'trustPages.about.translationsHeading')} language={language}>
          <p>{message(language, 'trustPages.about.translations', { languages: unreviewedLanguages })}</p>
        </TrustSection>
      )}
      <TrustSection heading={message(language, 'trustPages.about.mistakeHeading')} language={language}>{report}</TrustSection>
    </>
  );
}
