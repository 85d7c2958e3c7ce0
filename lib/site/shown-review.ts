import type { Article } from '@/lib/content/articles';
import type { Language } from '@/lib/i18n/language';
import { isDefaultLanguage } from '@/lib/i18n/languages';

/**
 * The English page's review a translation was made from (its "translatedFrom"), while no
 * qualified translator has reviewed the translation or its language's words: such a page shows
 * that date as the English page's, and claims no review of its own, in its text or its
 * structured data. Undefined when the page's own review dates stand.
 */
export function unreviewedTranslatedFrom(article: Pick<Article, 'translatedFrom' | 'translationReviewed'>, language: Language): string | undefined {
  if (isDefaultLanguage(language) || (language.translationReviewed && article.translationReviewed !== false)) return undefined;
  return article.translatedFrom;
}
