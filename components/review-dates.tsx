import type { Language } from '@/lib/i18n/language';
import type { SourceArticle } from '@/lib/content/source-article';
import { formatDate } from '@/lib/i18n/dates';
import { message } from '@/lib/i18n/messages';
import { basedOnSource, stateListChecked } from '@/lib/site/phrases';
import { RichMessage } from './rich-message';

export interface ReviewDatesProps {
  readonly lastReviewed: string;
  readonly nextReview: string;
  /**
   * On a translation no qualified translator has reviewed yet: the English page's review it was
   * translated from. The page then shows that review, named as the English page's, and none of its own.
   */
  readonly translatedFrom?: string;
  /** The clinic's article the page is based on, named beside the review dates. */
  readonly source: SourceArticle;
  /** On state pages: the day a person checked the list of states, when an editor has set one. */
  readonly listChecked?: string;
  readonly language: Language;
}

/** Where the page's facts come from, and when a person last reviewed it against that source. */
export function ReviewDates({ lastReviewed, nextReview, translatedFrom, source, listChecked, language }: ReviewDatesProps) {
  return (
    <div className="mt-section border-t border-rule pt-4 text-muted">
      <p>{basedOnSource(source, language)}</p>
      {listChecked ? <p className="mt-1">{stateListChecked(listChecked, language)}</p> : null}
      {translatedFrom === undefined ? (
        <p className="mt-1">
          <span className="inline-block">
            {message(language, 'reviewDates.lastReviewed')} <time dateTime={lastReviewed}>{formatDate(lastReviewed, language.locale)}</time>
          </span>
          <span aria-hidden="true"> · </span>
          <span className="inline-block">
            {message(language, 'reviewDates.nextReview')} <time dateTime={nextReview}>{formatDate(nextReview, language.locale)}</time>
          </span>
        </p>
      ) : (
        <p className="mt-1">
          <RichMessage
            language={language}
            id="reviewDates.translatedFrom"
            values={{ date: formatDate(translatedFrom, language.locale) }}
            tags={{ time: (text) => <time dateTime={translatedFrom}>{text}</time> }}
          />
        </p>
      )}
    </div>
  );
}
