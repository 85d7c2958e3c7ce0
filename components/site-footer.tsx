import { message } from '@/lib/i18n/messages';
import type { SiteChrome } from '@/lib/site/site-chrome';
import { ClinicContact } from './clinic-contact';
import { MedicalDisclaimer } from './medical-disclaimer';

export function SiteFooter({ chrome }: { chrome: SiteChrome }) {
  return (
    <footer className="mt-section border-t-4 border-brand bg-page print:hidden">
      <div className="mx-auto max-w-page space-y-3 px-gutter py-8 text-ink">
        <h2 className="text-lg font-bold">{message(chrome.language, 'footer.heading')}</h2>
        <MedicalDisclaimer text={message(chrome.language, 'disclaimer')} />
        <p>
          {message(chrome.language, 'footer.about')}{' '}
          <a href={chrome.aboutPath} className="text-link">
            {message(chrome.language, 'footer.aboutLink')}
          </a>
        </p>
        <ul className="space-y-1">
          {chrome.footerLinks.map((link) => (
            <li key={link.href}>
              <a href={link.href} className="inline-block py-1 text-link">
                {link.label}
              </a>
            </li>
          ))}
          <li>
            <a href={chrome.problemReport} className="inline-block py-1 text-link">
              {message(chrome.language, 'footer.reportProblem')}
            </a>
          </li>
        </ul>
        <p>
          <a href={chrome.staffLinksPath} className="inline-block py-1 text-link">
            {message(chrome.language, 'footer.staffLinks')}
          </a>
          <span className="block text-muted">{message(chrome.language, 'footer.staffLinksHint')}</span>
        </p>
        <div>
          <p>{message(chrome.language, 'footer.publishedBy', { clinic: chrome.clinic.name })}</p>
          <ClinicContact clinic={chrome.clinic} language={chrome.language} />
        </div>
        <p className="text-muted">{message(chrome.language, 'site.name')}</p>
      </div>
    </footer>
  );
}
