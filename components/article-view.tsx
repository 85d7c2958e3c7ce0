import type { Article } from '@/lib/articles';
import type { Availability, StateAvailability } from '@/lib/availability';
import { ArticleBody } from './article-body';
import { ArticlePager, type PagerLink } from './article-pager';
import { AvailabilityNotice } from './availability-notice';
import { ReviewDates } from './review-dates';
import { STATE_TABLE_ID, StateAvailabilityTable } from './state-availability-table';
import { TherapistCallout } from './therapist-callout';

export interface ArticleViewProps {
  readonly article: Article;
  readonly availability: Availability;
  readonly unavailable: readonly StateAvailability[];
  readonly availabilityHref: string;
  readonly previous?: PagerLink;
  readonly next?: PagerLink;
}

export function ArticleView({ article, availability, unavailable, availabilityHref, previous, next }: ArticleViewProps) {
  return (
    <article>
      <h1 className="text-3xl font-bold md:text-4xl">{article.title}</h1>
      <p className="mt-3 text-lg text-muted md:text-xl">{article.description}</p>
      <AvailabilityNotice
        unavailable={unavailable}
        availabilityHref={article.stateList ? `#${STATE_TABLE_ID}` : availabilityHref}
      />
      <div className="mt-6">
        <ArticleBody html={article.html} />
      </div>
      {article.stateList ? <StateAvailabilityTable availability={availability} /> : null}
      <ReviewDates lastReviewed={article.lastReviewed} nextReview={article.nextReview} />
      <TherapistCallout />
      <ArticlePager previous={previous} next={next} />
    </article>
  );
}
