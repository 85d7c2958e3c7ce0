import { editorialStandards } from '@/lib/content/editorial-standards';
import type { SiteChrome } from '@/lib/site/site-chrome';
import { MedicalDisclaimer } from './medical-disclaimer';

export function SiteFooter({ chrome }: { chrome: SiteChrome }) {
  const { words } = chrome.language;
  return (
    <footer className="mt-section border-t-4 border-brand bg-page print:hidden">
      <div className="mx-auto max-w-page space-y-3 px-gutter py-8 text-ink">
        <h2 className="text-lg font-bold">{words.footer.heading}</h2>
        <MedicalDisclaimer text={words.disclaimer} />
        <p>
          {words.footer.about(editorialStandards)}{' '}
          <a href={chrome.aboutPath} className="text-link">
            {words.footer.aboutLink}
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
              {words.footer.reportProblem}
            </a>
          </li>
        </ul>
        <p>
          <a href={chrome.staffLinksPath} className="inline-block py-1 text-link">
            {words.footer.staffLinks}
          </a>
          <span className="block text-muted">{words.footer.staffLinksHint}</span>
        </p>
        <p className="text-muted">{words.site.name}</p>
      </div>
    </footer>
  );
}
