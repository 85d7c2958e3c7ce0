import { ArticleView } from '@/components/article-view';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import type { TemplateProps } from '@/lib/site/route-table';

export function ArticlePage({ structuredData, trail, ...view }: TemplateProps['article']) {
  return (
    <>
      <JsonLd data={structuredData} />
      <Breadcrumbs trail={trail} label={view.language.words.breadcrumbs.label} />
      <ArticleView {...view} />
    </>
  );
}
