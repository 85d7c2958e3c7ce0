/** An email ready to send: what the email client fills in for staff. */
export interface EmailMessage {
  readonly subject: string;
  /** Lines joined with "\n"; the link writes each break as CRLF, as email requires. */
  readonly body: string;
}

/** Some mail clients and browsers cut a mailto: link at about 2,000 characters: every email link the site writes stays under this. */
export const MAILTO_MAX_LENGTH = 2000;

/** RFC 6068 wants a line break in a body as %0D%0A; a bare LF (or CR) is not a line break in email. */
function withCrlf(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\r\n');
}

/** A subject is one header line: a line break in it would end the header. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A mailto: link with the subject and, when there is one, the body filled in; with no recipient
 * unless one is given (staff add the patient). encodeURIComponent leaves only letters, digits
 * and - _ . ! ~ * ' ( ) as they are, all of which RFC 6068 allows in a header value; "&", "?",
 * "#", "%", "+", spaces and accented letters (UTF-8) are percent-encoded, so every client reads
 * back the same words. The recipient's two halves are encoded the same way ("+" becomes %2B).
 */
export function mailtoHref(message: Pick<EmailMessage, 'subject'> & Partial<Pick<EmailMessage, 'body'>>, to = ''): string {
  const recipient = to.split('@').map(encodeURIComponent).join('@');
  const body = message.body === undefined ? '' : `&body=${encodeURIComponent(withCrlf(message.body))}`;
  return `mailto:${recipient}?subject=${encodeURIComponent(oneLine(message.subject))}${body}`;
}
