import type { Language } from '@/lib/i18n/language';
import { message } from '@/lib/i18n/messages';
import { MAILTO_MAX_LENGTH, mailtoHref, type EmailMessage } from './mailto';

/*
 * The staff page's ready-to-send email about one page: the greeting naming the clinic, the page's title and its
 * description, the page's address and "ask your physical therapist", in the page's language.
 * The site writes it (lib/site/staff-emails.ts) and the content check measures its link from
 * the same words, so a title or description that makes the link too long is found where the
 * editor works, not in the build.
 */

/** The email about a page, from the clinic that publishes the site (content/clinic.yaml's name). */
export function pageEmailMessage(language: Language, clinic: string, title: string, description: string, address: string): EmailMessage {
  const greeting = message(language, 'staffEmails.message.greeting');
  const lead = message(language, 'staffEmails.message.lead', { clinic });
  const closing = message(language, 'staffEmails.message.closing');
  return { subject: title, body: [greeting, '', lead, '', title, description, '', address, '', closing].join('\n') };
}

/** The mailto: link of the email about a page, and how many characters it is over the limit (0 when it fits). */
export function pageEmailLink(message: EmailMessage): { readonly href: string; readonly excess: number } {
  const href = mailtoHref(message);
  return { href, excess: Math.max(0, href.length - (MAILTO_MAX_LENGTH - 1)) };
}
