import type { Language } from '@/lib/i18n/language';
import { message } from '@/lib/i18n/messages';
import { languagePathPrefix } from '@/lib/i18n/languages';
import { pageId } from '@/lib/i18n/page-ids';

/** What an address with no page shows, in the language of the folder it was asked for in. */
export function NotFoundPage({ language }: { language: Language }) {
  return (
    <>
      <h1 className="text-3xl font-bold md:text-4xl">{message(language, 'notFound.title')}</h1>
      <p className="mt-4">{message(language, 'notFound.typed')}</p>
      <p className="mt-3">{message(language, 'notFound.pasted')}</p>
      <p className="mt-3">
        <a href={`${languagePathPrefix(language)}#${pageId('topics', language)}`} className="text-link">
          {message(language, 'notFound.allTopics')}
        </a>
      </p>
    </>
  );
}
