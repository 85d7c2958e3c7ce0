import { Fragment } from 'react';
import { message } from '@/lib/i18n/messages';
import type { Article } from '@/lib/content/articles';
import type { StateAvailability } from '@/lib/content/availability';
import type { PageReviews } from '@/lib/content/review-coverage';
import type { SourceArticle } from '@/lib/content/source-article';
import type { Language } from '@/lib/i18n/language';
import { headingsOneLevelDown } from '@/lib/site/guide';
import { absoluteUrl } from '@/lib/routes/site-url';
import { DEFAULT_LANGUAGE } from '@/lib/i18n/languages';
import { guideTopicId } from '@/lib/i18n/page-ids';
import { FormerId } from './former-id';
import { ArticleBody } from './article-body';
import { AvailabilityNotice } from './availability-notice';
import { MedicalDisclaimer } from './medical-disclaimer';
import { QrCode } from './qr-code';
import { PageReview } from './page-review';
import { TranslationNotice } from './translation-notice';

export interface GuideTopicProps {
  readonly article: Article;
  readonly language: Language;
  readonly source: SourceArticle;
  /** The reviews that cover the topic's words as they are now. */
  readonly reviews: PageReviews;
  /** The states the clinic's article says dry needling is not available in, for the notice. */
  readonly notAvailable: readonly StateAvailability[];
  /** The page with the list of every state, where the notice sends readers. */
  readonly availabilityPath: string;
  /** True while no qualified translator has reviewed this translation (or its language's words). */
  readonly unreviewedTranslation: boolean;
}

/**
 * An address that wraps after a slash, where a reader expects it to, rather than in the middle
 * of a word: https://clinic.org/ | es/ | guia/. Copying it still gives the address whole.
 */
function BreakableAddress({ url }: { url: string }) {
  const parts = url.split(/(?<=[^/:]\/)/);
  return (
    <span className="wrap-anywhere">
      {parts.map((part, index) => (
        <Fragment key={part + String(index)}>
          {index > 0 ? <wbr /> : null}
          {part}
        </Fragment>
      ))}
    </span>
  );
}

/**
 * One topic of the printable guide. On paper it starts a new sheet and stands on its own, since
 * staff may print one topic only: it carries the code that opens its page, the notices, where
 * its facts come from, who reviewed it (or that no one has yet) and the disclaimer.
 */
export function GuideTopic({ article, language, source, reviews, notAvailable, availabilityPath, unreviewedTranslation }: GuideTopicProps) {
  const url = absoluteUrl(article.path);
  // The title names the topic's section for screen readers.
  const titleId = guideTopicId(article.slug, language);
  return (
    <section aria-labelledby={titleId} className="guide-topic mt-section border-t-4 border-brand pt-6 print:mt-0 print:break-before-page print:border-t-0 print:pt-0">
      <div className="flex flex-wrap items-start justify-between gap-x-6 gap-y-4">
        <div className="min-w-0 flex-1 basis-64">
          <FormerId id={guideTopicId(article.slug, DEFAULT_LANGUAGE)} current={titleId} />
          <h2 id={titleId} className="text-2xl font-bold md:text-3xl">
            {article.title}
          </h2>
          <p className="mt-2 text-lg text-muted">{article.description}</p>
        </div>
        <figure className="w-60 shrink-0">
          <QrCode url={url} className="size-28" />
          <figcaption className="mt-2 text-sm">
            {message(language, 'guide.codeCaption')} <BreakableAddress url={url} />
          </figcaption>
        </figure>
      </div>
      {/* On paper a topic may be handed out alone, so it says so itself; the link to the English pages is at the top of the guide. */}
      {unreviewedTranslation ? (
        <div className="mt-6">
          <TranslationNotice language={language} />
        </div>
      ) : null}
      <AvailabilityNotice notAvailable={notAvailable} availabilityHref={availabilityPath} language={language} />
      <div className="mt-6">
        <ArticleBody html={headingsOneLevelDown(article.html)} />
      </div>
      {article.stateList ? <p className="mt-6">{message(language, 'guide.stateListOnline')}</p> : null}
      <PageReview reviews={reviews} source={source} language={language} />
      <MedicalDisclaimer text={message(language, 'disclaimer')} className="mt-2 text-muted" />
    </section>
  );
}
