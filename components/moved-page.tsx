import type { Language } from '@/lib/i18n/language';

/**
 * What an old address shows. The meta refresh sends browsers on at once, without
 * JavaScript; the link is there for anyone whose browser does not follow it.
 */
export function MovedPage({ title, path, language }: { title: string; path: string; language: Language }) {
  const { movedPage } = language.words;
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${path}`} />
      <h1 className="text-3xl font-bold md:text-4xl">{movedPage.heading}</h1>
      <p className="mt-4">
        {movedPage.before}{' '}
        <a href={path} className="text-link">
          {title}
        </a>
        {movedPage.after}
      </p>
    </>
  );
}
