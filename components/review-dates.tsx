import type { Language } from '@/lib/i18n/language';
import { formatDate } from '@/lib/i18n/dates';

export function ReviewDates({ lastReviewed, nextReview, language }: { lastReviewed: string; nextReview: string; language: Language }) {
  const { reviewDates } = language.words;
  return (
    <p className="mt-section border-t border-rule pt-4 text-muted">
      <span className="inline-block">
        {reviewDates.lastReviewed} <time dateTime={lastReviewed}>{formatDate(lastReviewed, language.locale)}</time>
      </span>
      <span aria-hidden="true"> · </span>
      <span className="inline-block">
        {reviewDates.nextReview} <time dateTime={nextReview}>{formatDate(nextReview, language.locale)}</time>
      </span>
    </p>
  );
}
