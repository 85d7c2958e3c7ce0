import type { Language } from '@/lib/i18n/language';
import type { Article } from './articles';

/**
 * Which English article a page stands for: itself, or the one it translates. A translation
 * names its English page in its front matter ("translationOf"), so the pairs are known
 * without guessing from titles or file names.
 */
export function englishSlugOf(article: Article): string {
  return article.translationOf ?? article.slug;
}

/**
 * For any article, the address of the same article in every language that has it, by
 * language code: { en: '/after-effects/', es: '/es/efectos-de-la-puncion-seca/' }.
 */
export function translationsOf(
  languages: readonly Language[],
  articlesOf: (language: Language) => readonly Article[],
): (article: Article) => Record<string, string> {
  const byEnglishSlug = new Map<string, Record<string, string>>();
  for (const language of languages) {
    for (const article of articlesOf(language)) {
      const key = englishSlugOf(article);
      byEnglishSlug.set(key, { ...byEnglishSlug.get(key), [language.code]: article.path });
    }
  }
  return (article) => byEnglishSlug.get(englishSlugOf(article)) ?? { [article.language]: article.path };
}
