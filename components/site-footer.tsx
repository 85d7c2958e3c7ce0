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
        {/* The rule npm run check:content enforces: a warning above the target, an error above the limit. */}
        <p>{words.footer.about(editorialStandards)}</p>
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
