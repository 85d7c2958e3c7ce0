export interface PagerLink {
  readonly path: string;
  readonly title: string;
}

/** Previous and next article in reading order, with link text that makes sense on its own. */
export function ArticlePager({ previous, next }: { previous?: PagerLink; next?: PagerLink }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="Previous and next topic" className="mt-section">
      <ul className="grid gap-4 sm:grid-cols-2">
        {previous ? (
          <li>
            <a href={previous.path} className="block py-1 text-brand underline underline-offset-4 hover:decoration-2">
              <span className="block text-sm text-muted">
                Previous topic<span className="sr-only">:</span>
              </span>{' '}
              {previous.title}
            </a>
          </li>
        ) : null}
        {next ? (
          <li className="sm:col-start-2 sm:text-right">
            <a href={next.path} className="block py-1 text-brand underline underline-offset-4 hover:decoration-2">
              <span className="block text-sm text-muted">
                Next topic<span className="sr-only">:</span>
              </span>{' '}
              {next.title}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
