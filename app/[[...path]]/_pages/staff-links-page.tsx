import { Breadcrumbs } from '@/components/breadcrumbs';
import { StaffLinks } from '@/components/staff-links';
import { loadArticles } from '@/lib/content/articles';
import { CONTENT_DIR } from '@/lib/content/content-paths';
import { fixedRoutes } from '@/lib/routes/fixed-routes';
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
      <p className="mt-3">{language.words.guide.staffIntro}</p>
      <p className="mt-1">
        <a href={fixedRoutes(language).guide} className="inline-block py-1 text-link">
          {language.words.guide.staffLink}
        </a>
      </p>
      <StaffLinks articles={articles} words={language.words.staffLinks} />
    </>
  );
}
