import type { Language } from '@/lib/i18n/language';
import type { Article } from '@/lib/content/articles';
import { type Availability, statesWithoutDryNeedling } from '@/lib/content/availability';
import { PAGE_IDS } from '@/lib/routes/page-ids';
import { ArticleBody } from './article-body';
import { ArticlePager, type PagerLink } from './article-pager';
import { AvailabilityNotice } from './availability-notice';
import { ReviewDates } from './review-dates';
import { StateDirectory } from './state-directory';
import { TherapistCallout } from './therapist-callout';

export interface ArticleViewProps {
  readonly article: Article;
  readonly language: Language;
  readonly availability: Availability;
  /** The page with the list of every state, where the notice sends readers. */
  readonly availabilityPath: string;
  readonly previous?: PagerLink;
  readonly next?: PagerLink;
}

export function ArticleView({ article, language, availability, availabilityPath, previous, next }: ArticleViewProps) {
  return (
    <article>
      <h1 className="text-3xl font-bold md:text-4xl">{article.title}</h1>
      <p className="mt-3 text-lg text-muted md:text-xl">{article.description}</p>
      <AvailabilityNotice
        unavailable={statesWithoutDryNeedling(availability)}
        availabilityHref={article.stateList ? `#${PAGE_IDS.stateTable}` : availabilityPath}
        language={language}
      />
      <div className="mt-6">
        <ArticleBody html={article.html} />
      </div>
      {article.stateList ? <StateDirectory availability={availability} availabilityPath={article.path} language={language} /> : null}
      <ReviewDates lastReviewed={article.lastReviewed} nextReview={article.nextReview} language={language} />
      <TherapistCallout language={language} />
      <ArticlePager previous={previous} next={next} words={language.words.pager} />
    </article>
  );
}
