import { AccessibilityStatement } from '@/components/accessibility-statement';
import { message } from '@/lib/i18n/messages';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ProblemReportInvitation } from '@/components/problem-report-invitation';
import type { TemplateProps } from '@/lib/site/route-table';

export function AccessibilityPage({ language, title, trail, unreviewedLanguages, report }: TemplateProps['accessibility']) {
  return (
    <>
      <Breadcrumbs trail={trail} label={message(language, 'breadcrumbs.label')} />
      <h1 className="text-3xl font-bold md:text-4xl">{title}</h1>
      <AccessibilityStatement
        language={language}
        unreviewedLanguages={unreviewedLanguages}
        report={<ProblemReportInvitation address={report.address} pagePath={report.pagePath} language={language} />}
      />
    </>
  );
}
