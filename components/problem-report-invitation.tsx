import type { Language } from '@/lib/i18n/language';
import { message } from '@/lib/i18n/messages';
import { problemReportHref } from '@/lib/site/problem-report';
import { RichMessage } from './rich-message';

export interface ProblemReportInvitationProps {
  /** The address reports go to (content/contact.yaml), shown as the link's text so it can be read, copied and printed. */
  readonly address: string;
  /** The page it is on, which the email's subject names. */
  readonly pagePath: string;
  readonly language: Language;
}

/** How to tell the clinic about a problem: the address, and the link at the bottom of every page. */
export function ProblemReportInvitation({ address, pagePath, language }: ProblemReportInvitationProps) {
  return (
    <>
      <p>
        <RichMessage
          language={language}
          id="trustPages.report.text"
          values={{ address }}
          tags={{
            link: (text) => (
              <a href={problemReportHref(address, language, pagePath)} className="text-link">
                {text}
              </a>
            ),
          }}
        />
      </p>
      <p>{message(language, 'trustPages.report.footerLink', { label: message(language, 'footer.reportProblem') })}</p>
    </>
  );
}
