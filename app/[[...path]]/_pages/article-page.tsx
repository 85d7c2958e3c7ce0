import { ArticleView } from '@/components/article-view';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { findAvailabilityArticle, loadArticles, neighbours } from '@/lib/content/articles';
import { loadAvailability } from '@/lib/content/availability';
import { CONTENT_DIR } from '@/lib/content/content-paths';
import { breadcrumbTrail } from '@/lib/site/breadcrumbs';
import type { PageOfKind } from '@/lib/site/site-pages';
import { dryNeedlingTherapy, medicalWebPageJsonLd } from '@/lib/site/structured-data';

export async function ArticlePage({ page }: { page: PageOfKind<'article'> }) {
  const { article, language } = page;
  const [articles, availability] = await Promise.all([loadArticles(CONTENT_DIR, language), loadAvailability()]);
  const { previous, next } = neighbours(articles, article.slug);
  const trail = breadcrumbTrail(language, article);
  return (
    <>
      <JsonLd data={medicalWebPageJsonLd(article, trail, dryNeedlingTherapy(articles, language), language)} />
      <Breadcrumbs trail={trail} label={language.words.breadcrumbs.label} />
      <ArticleView
        article={article}
        language={language}
        availability={availability}
        availabilityPath={findAvailabilityArticle(articles).path}
        previous={previous}
        next={next}
      />
    </>
  );
}
