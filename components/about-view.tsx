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
  /** How to report a mistake (components/problem-report-invitation). */
  readonly report: ReactNode;
}

/** Who publishes the site, where its facts come from, and how its pages are written and reviewed. */
export function AboutView({ language, source, unreviewedLanguages, report }: AboutViewProps) {
  const words = language.words.trustPages.about;
  return (
    <>
      <p className="mt-3 text-lg md:text-xl">{words.intro}</p>
      <TrustSection heading={words.publisherHeading} language={language}>
        <p>{words.publisher}</p>
      </TrustSection>
      <TrustSection heading={words.sourceHeading} language={language}>
        <p>{words.source(source.title, formatDate(source.published, language.locale))}</p>
        <p>{words.nothingAdded}</p>
      </TrustSection>
      <TrustSection heading={words.writingHeading} language={language}>
        {/* The rules npm run check:content enforces, from the one place they are set. */}
        <p>{words.writing(editorialStandards)}</p>
      </TrustSection>
      {unreviewedLanguages === undefined ? null : (
        <TrustSection heading={words.translationsHeading} language={language}>
          <p>{words.translations(unreviewedLanguages)}</p>
        </TrustSection>
      )}
      <TrustSection heading={words.mistakeHeading} language={language}>{report}</TrustSection>
    </>
  );
}
