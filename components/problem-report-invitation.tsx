import type { Words } from '@/lib/i18n/words';

export interface ProblemReportInvitationProps {
  /** The address reports go to, shown as the link's text so it can be read, copied and printed. */
  readonly address: string;
  /** The mailto: link naming the page it is on. */
  readonly href: string;
  readonly words: Words['trustPages']['report'];
  /** The footer link's label, which the second sentence points the reader to. */
  readonly footerLabel: string;
}

/** How to tell the clinic about a problem: the address, and the link at the bottom of every page. */
export function ProblemReportInvitation({ address, href, words, footerLabel }: ProblemReportInvitationProps) {
  return (
    <>
      <p>
        {words.before}{' '}
        <a href={href} className="text-link">
          {address}
        </a>
        {words.after}
      </p>
      <p>{words.footerLink(footerLabel)}</p>
    </>
  );
}
