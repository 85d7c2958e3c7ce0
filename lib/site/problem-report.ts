import type { Language } from '@/lib/i18n/language';
import { absoluteUrl, site } from './site';

/**
 * A mailto: link (RFC 6068) with a subject and, when given, the start of the message. Every
 * value is percent-encoded, so a "&", "?" or "#" in a subject or address stays part of it, and
 * accents reach the mail program as UTF-8.
 */
export function mailtoHref(address: string, fields: { readonly subject: string; readonly body?: string }): string {
  const to = address.split('@').map(encodeURIComponent).join('@');
  const query = [`subject=${encodeURIComponent(fields.subject)}`, ...(fields.body === undefined ? [] : [`body=${encodeURIComponent(fields.body)}`])];
  return `mailto:${to}?${query.join('&')}`;
}

/**
 * The footer's "Report a problem with this page" link: an email whose subject names the page by
 * its full address. A not-found page is served for every missing address and cannot know which
 * one (it runs no script), so its email names the site and asks the reader for the address.
 */
export function problemReportHref(address: string, language: Language, pagePath: string | undefined): string {
  const { problemReport } = language.words;
  if (pagePath === undefined) return mailtoHref(address, { subject: problemReport.notFoundSubject(site.url), body: problemReport.notFoundBody });
  return mailtoHref(address, { subject: problemReport.subject(absoluteUrl(pagePath)) });
}
