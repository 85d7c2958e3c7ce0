import type { Language } from '@/lib/i18n/language';
import { message } from '@/lib/i18n/messages';
import type { SourceArticle } from '@/lib/content/source-article';
import { formatDate } from '@/lib/i18n/dates';
import { basedOnSource, stateListChecked } from '@/lib/site/phrases';

export interface ReviewDatesProps {
  readonly lastReviewed: string;
  readonly nextReview: string;
  /** The clinic's article the page is based on, named beside the review dates. */
  readonly source: SourceArticle;
  /** On state pages: the day a person checked the list of states, when an editor has set one. */
  readonly listChecked?: string;
  readonly language: Language;
}

/** Where the page's facts come from, and when a person last reviewed it against that source. */
export function ReviewDates({ lastReviewed, nextReview, source, listChecked, language }: ReviewDatesProps) {
  return (
    <div className="mt-section border-t border-rule pt-4 text-muted">
      <p>{basedOnSource(source, language)}</p>
      {listChecked ? <p className="mt-1">{stateListChecked(listChecked, language)}</p> : null}
      <p className="mt-1">
        <span className="inline-block">
          {message(language, 'reviewDates.lastReviewed')} <time dateTime={lastReviewed}>{formatDate(lastReviewed, language.locale)}</time>
        </span>
        <span aria-hidden="true"> · </span>
        <span className="inline-block">
          {message(language, 'reviewDates.nextReview')} <time dateTime={nextReview}>{formatDate(nextReview, language.locale)}</time>
        </span>
      </p>
    </div>
  );
}
