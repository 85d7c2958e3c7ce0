import type { Words } from '@/lib/i18n/words';
import type { Translation } from '@/lib/site/site-pages';

/**
 * Health information translated with machine help must be checked by a qualified human
 * translator before it can be relied on; until then the page says so, and offers the original
 * (each topic of the printable guide says so without the link: the guide's own notice has it).
 */
export function TranslationNotice({ words, original }: { words: Words['translationNotice']; original?: Translation }) {
  return (
    <div className="mb-6 border-l-8 border-notice bg-notice-light px-4 py-3 text-ink">
      <p>
        {words.text}
        {original ? (
          <>
            {' '}
            <a href={original.path} hrefLang={original.language.code} className="text-link">
              {words.original}
            </a>
            .
          </>
        ) : null}
      </p>
    </div>
  );
}
