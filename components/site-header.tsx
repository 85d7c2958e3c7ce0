import type { SiteChrome } from '@/lib/site/site-chrome';
import { message } from '@/lib/i18n/messages';
import { ClinicName } from './clinic-name';
import { LanguageSwitch } from './language-switch';

export function SiteHeader({ chrome }: { chrome: SiteChrome }) {
  return (
    <header className="bg-banner text-white print:hidden">
      <div className="mx-auto max-w-page px-gutter py-4">
        <div className="flex flex-wrap items-baseline justify-between gap-x-6">
          <div>
            <ClinicName clinic={chrome.clinic} />
            <a href={chrome.homePath} className="inline-block py-1 text-xl font-bold text-white no-underline hover:underline">
              {message(chrome.language, 'site.name')}
            </a>
          </div>
          <LanguageSwitch label={message(chrome.language, 'languageSwitch.label')} intro={message(chrome.language, 'languageSwitch.intro')} translations={chrome.otherLanguages} />
        </div>
        <nav aria-label={message(chrome.language, 'navigation.label')} className="mt-2">
          <ul className="flex flex-wrap gap-x-6 gap-y-1">
            {chrome.navigation.map((link) => (
              <li key={link.href}>
                <a href={link.href} className="inline-block py-2 text-white underline underline-offset-4 hover:decoration-2">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
