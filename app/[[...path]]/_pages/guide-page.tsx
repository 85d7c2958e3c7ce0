import { Breadcrumbs } from '@/components/breadcrumbs';
import { message } from '@/lib/i18n/messages';
import { FormerId } from '@/components/former-id';
import { GuideTopic } from '@/components/guide-topic';
import { pageId } from '@/lib/i18n/page-ids';
import { PAGE_IDS } from '@/lib/routes/page-ids';
import type { TemplateProps } from '@/lib/site/route-table';

export function GuidePage({ language, title, trail, source, notAvailable, availabilityPath, topics }: TemplateProps['guide']) {
  const contentsId = pageId('guideContents', language);
  return (
    <>
      <Breadcrumbs trail={trail} label={message(language, 'breadcrumbs.label')} />
      <h1 className="text-3xl font-bold md:text-4xl">{title}</h1>
      <p className="mt-3 text-lg md:text-xl">{message(language, 'guide.intro')}</p>
      <p className="mt-3">{message(language, 'guide.codesIntro')}</p>
      {/* On paper, each line prints with the topic's address: the first sheet is a list of the pages. */}
      <FormerId id={PAGE_IDS.guideContents} current={contentsId} />
      <h2 id={contentsId} className="mt-section text-2xl font-bold">
        {message(language, 'guide.contentsHeading')}
      </h2>
      <ol aria-labelledby={contentsId} className="mt-4 list-decimal space-y-2 pl-6">
        {topics.map(({ article }) => (
          <li key={article.path}>
            <a href={article.path} className="text-link">
              {article.title}
            </a>
          </li>
        ))}
      </ol>
      {topics.map(({ article, reviews, unreviewedTranslation }) => (
        <GuideTopic
          key={article.path}
          article={article}
          language={language}
          source={source}
          notAvailable={notAvailable}
          availabilityPath={availabilityPath}
          reviews={reviews}
          unreviewedTranslation={unreviewedTranslation}
        />
      ))}
    </>
  );
}
