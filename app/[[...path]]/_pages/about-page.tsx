import { AboutView } from '@/components/about-view';
import { message } from '@/lib/i18n/messages';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ProblemReportInvitation } from '@/components/problem-report-invitation';
import type { TemplateProps } from '@/lib/site/route-table';

export function AboutPage({ language, title, trail, source, clinic, unreviewedLanguages, reviewers, report }: TemplateProps['about']) {
  return (
    <>
      <Breadcrumbs trail={trail} label={message(language, 'breadcrumbs.label')} />
      <h1 className="text-3xl font-bold md:text-4xl">{title}</h1>
      <AboutView
        language={language}
        source={source}
        clinic={clinic}
        unreviewedLanguages={unreviewedLanguages}
        reviewers={reviewers}
        report={<ProblemReportInvitation address={report.address} pagePath={report.pagePath} language={language} />}
      />
    </>
  );
}
