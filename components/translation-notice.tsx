import type { Language } from '@/lib/i18n/language';
import { message } from '@/lib/i18n/messages';
import type { Translation } from '@/lib/site/site-pages';
import { RichMessage } from './rich-message';

/**
 * Health information translated with machine help must be checked by a qualified human
 * translator before it can be relied on; until then the page says so, and offers the original
 * (each topic of the printable guide says so without the link: the guide's own notice has it).
 */
export function TranslationNotice({ language, original }: { language: Language; original?: Translation }) {
  return (
    <div className="mb-6 border-l-8 border-notice bg-notice-light px-4 py-3 text-ink">
      <p>
        {message(language, 'translationNotice.text')}
        {original ? (
          <>
            {' '}
            <RichMessage
              language={language}
              id="translationNotice.original"
              values={{}}
              tags={{
                link: (text) => (
                  <a href={original.path} hrefLang={original.language.code} className="text-link">
                    {text}
                  </a>
                ),
              }}
            />
          </>
        ) : null}
      </p>
    </div>
  );
}
