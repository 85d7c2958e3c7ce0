import { ArticleView } from '@/components/article-view';
import { message } from '@/lib/i18n/messages';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import type { TemplateProps } from '@/lib/site/route-table';

export function ArticlePage({ structuredData, trail, ...view }: TemplateProps['article']) {
  return (
    <>
      <JsonLd data={structuredData} />
      <Breadcrumbs trail={trail} label={message(view.language, 'breadcrumbs.label')} />
      <ArticleView {...view} />
    </>
  );
}
