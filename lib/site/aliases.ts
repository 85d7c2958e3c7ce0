import type { Article } from '@/lib/content/articles';

/** An old address kept working: a page at /old-slug/ that sends readers on to the article. */
export interface Alias {
  readonly slug: string;
  readonly path: string;
  readonly target: Article;
}

/** Every alias the articles list. lib/content/articles.ts has already refused clashing or repeated ones. */
export function listAliases(articles: readonly Article[]): Alias[] {
  return articles.flatMap((target) => (target.aliases ?? []).map((slug) => ({ slug, path: `/${slug}/`, target })));
}
