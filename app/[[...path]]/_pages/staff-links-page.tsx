import { Breadcrumbs } from '@/components/breadcrumbs';
import { StaffLinks } from '@/components/staff-links';
import { loadArticles } from '@/lib/content/articles';
import { CONTENT_DIR } from '@/lib/content/content-paths';
import { breadcrumbTrail } from '@/lib/site/breadcrumbs';
import type { PageOfKind } from '@/lib/site/site-pages';

export async function StaffLinksPage({ page }: { page: PageOfKind<'staff-links'> }) {
  const { language } = page;
  const articles = await loadArticles(CONTENT_DIR, language);
  return (
    <>
      <Breadcrumbs trail={breadcrumbTrail(language, page)} label={language.words.breadcrumbs.label} />
      <h1 className="text-3xl font-bold md:text-4xl">{page.title}</h1>
      <p className="mt-3 text-lg md:text-xl">{language.words.staffLinks.intro}</p>
      <StaffLinks articles={articles} words={language.words.staffLinks} />
    </>
  );
}
