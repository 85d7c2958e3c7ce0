import { ArticleView } from '@/components/article-view';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { findAvailabilityArticle, loadArticles, neighbours } from '@/lib/content/articles';
import { loadAvailability, statesNotAvailable } from '@/lib/content/availability';
import { CONTENT_DIR } from '@/lib/content/content-paths';
import { loadLocations } from '@/lib/content/locations';
import { loadSourceArticle } from '@/lib/content/source-article';
import { answersByState } from '@/lib/content/state-answers';
import { fixedRoutes } from '@/lib/routes/fixed-routes';
import { breadcrumbTrail } from '@/lib/site/breadcrumbs';
import type { PageOfKind } from '@/lib/site/site-pages';
import { dryNeedlingTherapy, medicalWebPageJsonLd } from '@/lib/site/structured-data';

export async function ArticlePage({ page }: { page: PageOfKind<'article'> }) {
  const { article, language } = page;
  const [articles, availability, { example, locations }, source] = await Promise.all([
    loadArticles(CONTENT_DIR, language),
    loadAvailability(),
    loadLocations(),
    loadSourceArticle(),
  ]);
  const { previous, next } = neighbours(articles, article.slug);
  const trail = breadcrumbTrail(language, article);
  return (
    <>
      <JsonLd data={medicalWebPageJsonLd(article, trail, dryNeedlingTherapy(articles, language), language)} />
      <Breadcrumbs trail={trail} label={language.words.breadcrumbs.label} />
      <ArticleView
        article={article}
        language={language}
        source={source}
        notAvailable={statesNotAvailable(availability)}
        availabilityPath={findAvailabilityArticle(articles).path}
        stateList={{
          answers: answersByState(availability, locations),
          checked: availability.checked,
          exampleLocations: example,
          locationsPath: fixedRoutes(language).locations,
        }}
        previous={previous}
        next={next}
      />
    </>
  );
}
