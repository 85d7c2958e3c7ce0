import type { Metadata } from 'next';
import { ArticleView } from '@/components/article-view';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { MovedPage } from '@/components/moved-page';
import { findAlias, listAliases } from '@/lib/site/aliases';
import { findAvailabilityArticle, getArticle, loadArticles, neighbours } from '@/lib/content/articles';
import { loadAvailability, statesNotAvailable } from '@/lib/content/availability';
import { loadLocations } from '@/lib/content/locations';
import { loadSourceArticle } from '@/lib/content/source-article';
import { answersByState } from '@/lib/content/state-answers';
import { LOCATIONS_PATH } from '@/lib/routes/fixed-routes';
import { breadcrumbTrail } from '@/lib/site/breadcrumbs';
import { movedPageMetadata, pageMetadata } from '@/lib/site/metadata';
import { findSitePage, loadSitePages } from '@/lib/site/site-pages';
import { dryNeedlingTherapy, medicalWebPageJsonLd } from '@/lib/site/structured-data';

interface ArticlePageProps {
  params: Promise<{ slug: string }>;
}

// Only the articles in content/ and their old addresses exist; any other address is the 404 page.
export const dynamicParams = false;

export async function generateStaticParams() {
  const articles = await loadArticles();
  return [...articles, ...listAliases(articles)].map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const { slug } = await params;
  const [articles, pages] = await Promise.all([loadArticles(), loadSitePages()]);
  const alias = findAlias(articles, slug);
  return alias ? movedPageMetadata(findSitePage(pages, alias.target.path)) : pageMetadata(findSitePage(pages, `/${slug}/`));
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const { slug } = await params;
  const articles = await loadArticles();
  const alias = findAlias(articles, slug);
  if (alias) return <MovedPage title={alias.target.title} path={alias.target.path} />;

  const [article, availability, { example, locations }, source] = await Promise.all([
    getArticle(slug),
    loadAvailability(),
    loadLocations(),
    loadSourceArticle(),
  ]);
  const { previous, next } = neighbours(articles, slug);
  const trail = breadcrumbTrail(article);
  return (
    <>
      <JsonLd data={medicalWebPageJsonLd(article, trail, dryNeedlingTherapy(articles))} />
      <Breadcrumbs trail={trail} />
      <ArticleView
        article={article}
        source={source}
        notAvailable={statesNotAvailable(availability)}
        availabilityPath={findAvailabilityArticle(articles).path}
        stateList={{
          answers: answersByState(availability, locations),
          checked: availability.checked,
          exampleLocations: example,
          locationsPath: LOCATIONS_PATH,
        }}
        previous={previous}
        next={next}
      />
    </>
  );
}
