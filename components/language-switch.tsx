import type { Translation } from '@/lib/site/site-pages';

/**
 * Links to this same page in the other languages, each named in its own language and marked
 * with it, so a screen reader says "Español" in Spanish and search engines know the pair.
 */
export function LanguageSwitch({ label, intro, translations }: { label: string; intro: string; translations: readonly Translation[] }) {
  if (translations.length === 0) return null;
  return (
    <nav aria-label={label} className="print:hidden">
      <p className="flex flex-wrap items-baseline gap-x-3">
        <span>{intro}</span>
        {translations.map(({ language, path }) => (
          <a
            key={language.code}
            href={path}
            lang={language.code}
            hrefLang={language.code}
            className="inline-block py-2 font-bold text-white underline underline-offset-4 hover:decoration-2"
          >
            {language.name}
          </a>
        ))}
      </p>
    </nav>
  );
}
