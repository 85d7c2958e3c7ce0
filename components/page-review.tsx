import type { PageReviews, Signature } from '@/lib/content/review-coverage';
import type { SourceArticle } from '@/lib/content/source-article';
import { formatDate } from '@/lib/i18n/dates';
import type { Language } from '@/lib/i18n/language';
import { message } from '@/lib/i18n/messages';
import { basedOnSource, stateListChecked } from '@/lib/site/phrases';

export interface PageReviewProps {
  /** Only the reviews that cover the page's words as they are now (lib/content/review-coverage). */
  readonly reviews: PageReviews;
  /** The clinic's article the page is based on, named beside its review. */
  readonly source: SourceArticle;
  /** On state pages: the day a person checked the list of states, when an editor has set one. */
  readonly listChecked?: string;
  readonly language: Language;
}

type SignedSentence = 'review.reviewedBy' | 'review.translationReviewedBy' | 'review.translatedFrom';

function SignedLine({ signature, sentence, language }: { signature: Signature; sentence: SignedSentence; language: Language }) {
  const { reviewer, date } = signature;
  return (
    <p className="mt-1">
      {message(language, sentence, { name: reviewer.name, credentials: reviewer.credentials, date: formatDate(date, language.locale) })}
      {reviewer.example ? <> {message(language, 'review.exampleReviewer')}</> : null}
    </p>
  );
}

/** Where the page's facts come from, and who checked its words against that source, or that no one has yet. */
export function PageReview({ reviews, source, listChecked, language }: PageReviewProps) {
  return (
    <div className="mt-section border-t border-rule pt-4 text-muted">
      <p>{basedOnSource(source, language)}</p>
      {listChecked ? <p className="mt-1">{stateListChecked(listChecked, language)}</p> : null}
      {reviews.clinical ? (
        <SignedLine signature={reviews.clinical} sentence="review.reviewedBy" language={language} />
      ) : reviews.original ? (
        <SignedLine signature={reviews.original} sentence="review.translatedFrom" language={language} />
      ) : (
        <p className="mt-1">{message(language, 'review.notReviewed')}</p>
      )}
      {reviews.translation ? <SignedLine signature={reviews.translation} sentence="review.translationReviewedBy" language={language} /> : null}
    </div>
  );
}
