import type { Language } from '@/lib/i18n/language';
import { message } from '@/lib/i18n/messages';
import { RichMessage } from './rich-message';

/**
 * What an old address shows. The meta refresh sends browsers on at once, without
 * JavaScript; the link is there for anyone whose browser does not follow it.
 */
export function MovedPage({ title, path, language }: { title: string; path: string; language: Language }) {
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${path}`} />
      <h1 className="text-3xl font-bold md:text-4xl">{message(language, 'movedPage.heading')}</h1>
      <p className="mt-4">
        <RichMessage
          language={language}
          id="movedPage.text"
          values={{ title }}
          tags={{
            link: (text) => (
              <a href={path} className="text-link">
                {text}
              </a>
            ),
          }}
        />
      </p>
    </>
  );
}
