import type { Metadata } from 'next';
import { ArticleView } from '@/components/article-view';
import { findAvailabilityArticle, getArticle, loadArticles, neighbours } from '@/lib/articles';
import { loadAvailability } from '@/lib/availability';

interface ArticlePageProps {
  params: Promise<{ slug: string }>;
}

// Only the articles in content/ exist; any other address is the 404 page.
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await loadArticles()).map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const article = await getArticle((await params).slug);
  return { title: article.title, description: article.description };
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const { slug } = await params;
  const [articles, article, availability] = await Promise.all([loadArticles(), getArticle(slug), loadAvailability()]);
  const { previous, next } = neighbours(articles, slug);
  return (
    <ArticleView
      article={article}
      availability={availability}
      availabilityPath={findAvailabilityArticle(articles).path}
      previous={previous}
      next={next}
    />
  );
}
