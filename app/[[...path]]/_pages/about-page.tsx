import { AboutView } from '@/components/about-view';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ProblemReportInvitation } from '@/components/problem-report-invitation';
import { loadContact } from '@/lib/content/contact';
import { loadSourceArticle } from '@/lib/content/source-article';
import { breadcrumbTrail } from '@/lib/site/breadcrumbs';
import { unreviewedLanguageNames } from '@/lib/site/phrases';
import type { PageOfKind } from '@/lib/site/site-pages';

export async function AboutPage({ page }: { page: PageOfKind<'about'> }) {
  const { language } = page;
  const { words } = language;
  const [source, contact] = await Promise.all([loadSourceArticle(), loadContact()]);
  const languages = unreviewedLanguageNames(language);
  return (
    <>
      <Breadcrumbs trail={breadcrumbTrail(language, page)} label={words.breadcrumbs.label} />
      <h1 className="text-3xl font-bold md:text-4xl">{page.title}</h1>
      <AboutView
        language={language}
        source={source}
        {...(languages !== undefined && { unreviewedLanguages: languages })}
        report={<ProblemReportInvitation address={contact.problemReports} pagePath={page.path} language={language} />}
      />
    </>
  );
}
