import { Breadcrumbs } from '@/components/breadcrumbs';
import { GuideTopic } from '@/components/guide-topic';
import { findAvailabilityArticle, loadArticles } from '@/lib/content/articles';
import { loadAvailability, statesNotAvailable } from '@/lib/content/availability';
import { CONTENT_DIR } from '@/lib/content/content-paths';
import { loadSourceArticle } from '@/lib/content/source-article';
import { breadcrumbTrail } from '@/lib/site/breadcrumbs';
import { unreviewedTranslationOf } from '@/lib/site/site-chrome';
import { findSitePage, loadSitePages, type PageOfKind } from '@/lib/site/site-pages';

const CONTENTS_ID = 'guide-contents';

export async function GuidePage({ page }: { page: PageOfKind<'guide'> }) {
  const { language } = page;
  const { words } = language;
  const [articles, availability, source, pages] = await Promise.all([
    loadArticles(CONTENT_DIR, language),
    loadAvailability(),
    loadSourceArticle(),
    loadSitePages(),
  ]);
  const notAvailable = statesNotAvailable(availability);
  const availabilityPath = findAvailabilityArticle(articles).path;
  return (
    <>
      <Breadcrumbs trail={breadcrumbTrail(language, page)} label={words.breadcrumbs.label} />
      <h1 className="text-3xl font-bold md:text-4xl">{page.title}</h1>
      <p className="mt-3 text-lg md:text-xl">{words.guide.intro}</p>
      <p className="mt-3">{words.guide.codesIntro}</p>
      {/* On paper, each line prints with the topic's address: the first sheet is a list of the pages. */}
      <h2 id={CONTENTS_ID} className="mt-section text-2xl font-bold">
        {words.guide.contentsHeading}
      </h2>
      <ol aria-labelledby={CONTENTS_ID} className="mt-4 list-decimal space-y-2 pl-6">
        {articles.map((article) => (
          <li key={article.path}>
            <a href={article.path} className="text-link">
              {article.title}
            </a>
          </li>
        ))}
      </ol>
      {articles.map((article) => (
        <GuideTopic
          key={article.path}
          article={article}
          language={language}
          source={source}
          notAvailable={notAvailable}
          availabilityPath={availabilityPath}
          unreviewedTranslation={unreviewedTranslationOf(language, findSitePage(pages, article.path).translations, article.translationReviewed !== false) !== undefined}
        />
      ))}
    </>
  );
}
