import { Breadcrumbs } from '@/components/breadcrumbs';
import { PrivacyStatement } from '@/components/privacy-statement';
import { breadcrumbTrail } from '@/lib/site/breadcrumbs';
import type { PageOfKind } from '@/lib/site/site-pages';

export function PrivacyPage({ page }: { page: PageOfKind<'privacy'> }) {
  const { language } = page;
  return (
    <>
      <Breadcrumbs trail={breadcrumbTrail(language, page)} label={language.words.breadcrumbs.label} />
      <h1 className="text-3xl font-bold md:text-4xl">{page.title}</h1>
      <PrivacyStatement language={language} />
    </>
  );
}
