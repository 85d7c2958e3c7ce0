import type { Language } from '@/lib/i18n/language';
import type { Article } from '@/lib/content/articles';
import type { StateAvailability } from '@/lib/content/availability';
import type { PageReviews } from '@/lib/content/review-coverage';
import type { SourceArticle } from '@/lib/content/source-article';
import { pageId } from '@/lib/i18n/page-ids';
import { ArticleBody } from './article-body';
import { ArticlePager, type PagerLink } from './article-pager';
import { AvailabilityNotice } from './availability-notice';
import { PageReview } from './page-review';
import { StateDirectory, type StateDirectoryProps } from './state-directory';
import { TherapistCallout } from './therapist-callout';

export interface ArticleViewProps {
  readonly article: Article;
  readonly language: Language;
  /** The clinic's article this page is based on. */
  readonly source: SourceArticle;
  /** The reviews that cover the page's words as they are now. */
  readonly reviews: PageReviews;
  /** The states the clinic's article says dry needling is not available in, for the notice. */
  readonly notAvailable: readonly StateAvailability[];
  /** The page with the list of every state, where the notice sends readers. */
  readonly availabilityPath: string;
  /** What the list of states shows, on the one article that has it ("stateList: true"). */
  readonly stateList: Omit<StateDirectoryProps, 'source' | 'availabilityPath' | 'language'>;
  readonly previous?: PagerLink;
  readonly next?: PagerLink;
}

export function ArticleView({ article, language, source, reviews, notAvailable, availabilityPath, stateList, previous, next }: ArticleViewProps) {
  return (
    <article>
      <h1 className="text-3xl font-bold md:text-4xl">{article.title}</h1>
      <p className="mt-3 text-lg text-muted md:text-xl">{article.description}</p>
      <AvailabilityNotice
        notAvailable={notAvailable}
        availabilityHref={article.stateList ? `#${pageId('stateTable', language)}` : availabilityPath}
        language={language}
      />
      <div className="mt-6">
        <ArticleBody html={article.html} />
      </div>
      {article.stateList ? <StateDirectory {...stateList} language={language} source={source} availabilityPath={article.path} /> : null}
      <PageReview reviews={reviews} source={source} language={language} />
      <TherapistCallout language={language} />
      <ArticlePager previous={previous} next={next} language={language} />
    </article>
  );
}
