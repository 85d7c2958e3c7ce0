import type { Language } from '@/lib/i18n/language';
import { problemReportHref } from '@/lib/site/problem-report';

export interface ProblemReportInvitationProps {
  /** The address reports go to (content/contact.yaml), shown as the link's text so it can be read, copied and printed. */
  readonly address: string;
  /** The page it is on, which the email's subject names. */
  readonly pagePath: string;
  readonly language: Language;
}

/** How to tell the clinic about a problem: the address, and the link at the bottom of every page. */
export function ProblemReportInvitation({ address, pagePath, language }: ProblemReportInvitationProps) {
  const { report } = language.words.trustPages;
  return (
    <>
      <p>
        {report.before}{' '}
        <a href={problemReportHref(address, language, pagePath)} className="text-link">
          {address}
        </a>
        {report.after}
      </p>
      <p>{report.footerLink(language.words.footer.reportProblem)}</p>
    </>
  );
}
