import type { ReactNode } from 'react';
import { message } from '@/lib/i18n/messages';
import { pageId } from '@/lib/i18n/page-ids';
import { PAGE_IDS } from '@/lib/routes/page-ids';
import type { SiteChrome } from '@/lib/site/site-chrome';
import { FormerId } from './former-id';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { SkipLink } from './skip-link';
import { TranslationNotice } from './translation-notice';

/** The document every page is: its language on <html>, the header, the page's own content in main, the footer. */
export function PageShell({ chrome, children }: { chrome: SiteChrome; children: ReactNode }) {
  const { language } = chrome;
  return (
    <html lang={language.code} dir={language.dir}>
      <body className="bg-surface font-sans text-base text-ink md:text-lg">
        <SkipLink targetId={pageId('mainContent', language)} label={message(language, 'skipLink')} />
        <SiteHeader chrome={chrome} />
        <FormerId id={PAGE_IDS.mainContent} current={pageId('mainContent', language)} />
        <main id={pageId('mainContent', language)} tabIndex={-1} className="mx-auto max-w-page px-gutter py-8 focus:outline-none">
          {chrome.unreviewedTranslationOf === undefined ? null : (
            <TranslationNotice language={language} original={chrome.unreviewedTranslationOf} />
          )}
          {children}
        </main>
        <SiteFooter chrome={chrome} />
      </body>
    </html>
  );
}
