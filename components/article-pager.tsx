import type { Words } from '@/lib/i18n/words';

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
export function ArticlePager({ previous, next, words }: { previous?: PagerLink; next?: PagerLink; words: Words['pager'] }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label={words.label} className="mt-section print:hidden">
      <ul className="grid gap-4 sm:grid-cols-2">
        {previous ? <PagerItem label={words.previous} link={previous} /> : null}
        {next ? <PagerItem label={words.next} link={next} className="sm:col-start-2 sm:text-right" /> : null}
      </ul>
    </nav>
  );
}
