import type { Language } from '@/lib/i18n/language';
import { message } from '@/lib/i18n/messages';

export interface PagerLink {
  readonly path: string;
  readonly title: string;
}

function PagerItem({ label, link, className }: { label: string; link: PagerLink; className?: string }) {
  return (
    <li className={className}>
      <a href={link.path} className="block py-1 text-link">
        <span className="block text-muted">
          {label}
          <span className="sr-only">:</span>
        </span>{' '}
        {link.title}
      </a>
    </li>
  );
}

/** Previous and next article in reading order, with link text that makes sense on its own. */
export function ArticlePager({ previous, next, language }: { previous?: PagerLink; next?: PagerLink; language: Language }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label={message(language, 'pager.label')} className="mt-section print:hidden">
      <ul className="grid gap-4 sm:grid-cols-2">
        {previous ? <PagerItem label={message(language, 'pager.previous')} link={previous} /> : null}
        {next ? <PagerItem label={message(language, 'pager.next')} link={next} className="sm:col-start-2 sm:text-right" /> : null}
      </ul>
    </nav>
  );
}
