import type { Reviewer } from '@/lib/content/reviewers';
import type { SourceArticle } from '@/lib/content/source-article';
import { editorialStandards } from '@/lib/content/editorial-standards';
import { formatDate } from '@/lib/i18n/dates';
import type { Language } from '@/lib/i18n/language';
import type { ReactNode } from 'react';
import { TrustSection } from './trust-section';

export interface AboutViewProps {
  readonly language: Language;
  readonly source: SourceArticle;
  /** The names of the languages whose pages no qualified translator has reviewed yet, as one list; undefined when there are none. */
  readonly unreviewedLanguages?: string;
  /** Everyone who reviews pages (content/reviewers.yaml). */
  readonly reviewers: readonly Reviewer[];
  /** How to report a mistake (components/problem-report-invitation). */
  readonly report: ReactNode;
}

/** Who publishes the site, where its facts come from, and how its pages are written and reviewed. */
export function AboutView({ language, source, unreviewedLanguages, reviewers, report }: AboutViewProps) {
  const words = language.words.trustPages.about;
  return (
    <>
      <p className="mt-3 text-lg md:text-xl">{words.intro}</p>
      <TrustSection heading={words.publisherHeading}>
        <p>{words.publisher}</p>
      </TrustSection>
      <TrustSection heading={words.sourceHeading}>
        <p>{words.source(source.title, formatDate(source.published, language.locale))}</p>
        <p>{words.nothingAdded}</p>
      </TrustSection>
      <TrustSection heading={words.writingHeading}>
        {/* The rules npm run check:content enforces, from the one place they are set. */}
        <p>{words.writing(editorialStandards)}</p>
      </TrustSection>
      <TrustSection heading={words.reviewsHeading}>
        <p>{words.reviewProcess(editorialStandards)}</p>
        {reviewers.length === 0 ? (
          <p>{words.noReviewers}</p>
        ) : (
          <>
            <p>{words.reviewersIntro}</p>
            <ul className="list-disc pl-6">
              {reviewers.map((reviewer) => (
                <li key={reviewer.id}>
                  {words.reviewer(reviewer.name, reviewer.credentials, reviewer.role)}
                  {reviewer.example ? <> {language.words.review.exampleReviewer}</> : null}
                </li>
              ))}
            </ul>
          </>
        )}
      </TrustSection>
      {unreviewedLanguages === undefined ? null : (
        <TrustSection heading={words.translationsHeading}>
          <p>{words.translations(unreviewedLanguages)}</p>
        </TrustSection>
      )}
      <TrustSection heading={words.mistakeHeading}>{report}</TrustSection>
    </>
  );
}
