import { formatDate } from '@/lib/i18n/dates';

export function ReviewDates({ lastReviewed, nextReview }: { lastReviewed: string; nextReview: string }) {
  return (
    <p className="mt-section border-t border-rule pt-4 text-muted">
      <span className="inline-block">
        Page last reviewed: <time dateTime={lastReviewed}>{formatDate(lastReviewed)}</time>
      </span>
      <span aria-hidden="true"> · </span>
      <span className="inline-block">
        Next review due: <time dateTime={nextReview}>{formatDate(nextReview)}</time>
      </span>
    </p>
  );
}
