import type { Language } from '@/lib/i18n/language';
import { message } from '@/lib/i18n/messages';
import { mailtoHref } from '@/lib/content/mailto';
import { absoluteUrl, site } from '@/lib/routes/site-url';

/**
 * The footer's "Report a problem with this page" link: an email whose subject names the page by
 * its full address. A not-found page is served for every missing address and cannot know which
 * one (it runs no script), so its email names the site and asks the reader for the address.
 */
export function problemReportHref(address: string, language: Language, pagePath: string | undefined): string {
  if (pagePath === undefined) return mailtoHref({ subject: message(language, 'problemReport.notFoundSubject', { siteAddress: site.url }), body: message(language, 'problemReport.notFoundBody') }, address);
  return mailtoHref({ subject: message(language, 'problemReport.subject', { pageAddress: absoluteUrl(pagePath) }) }, address);
}
