import { DEFAULT_LANGUAGE, LANGUAGES, languageNameIn } from '@/lib/i18n/languages';
import type { Article } from './articles';
import { changedBlocks, textFingerprint, type Block, type BlockChanges } from './blocks';
import type { Fingerprints, ReviewRecords } from './review-records';
import type { Reviewer, ReviewerRole } from './reviewers';

/** A page's text as a review records it: the fingerprint of the whole and of each block. */
export function fingerprintsOf(blocks: readonly Block[]): Fingerprints {
  return { text: textFingerprint(blocks), blocks: blocks.map((block) => block.fingerprint) };
}

/** What changed in a text since a review or translation saw it; undefined when it is the same text. */
export function changesSince(before: Fingerprints, now: readonly Block[]): BlockChanges | undefined {
  return before.text === textFingerprint(now) ? undefined : changedBlocks(before.blocks, now);
}

/** Who signed, and when: what a page shows for a review that covers its text. */
export interface Signature {
  readonly reviewer: Reviewer;
  readonly date: string;
}

/** The reviewer a record names, or why they cannot sign it: unknown, in the other role, or not reading the page's language. */
export function signerOf(
  id: string,
  role: ReviewerRole,
  languages: readonly string[],
  reviewers: readonly Reviewer[],
): { reviewer: Reviewer } | { problem: 'unknown' | 'role' | 'language'; reviewer?: Reviewer; language?: string } {
  const reviewer = reviewers.find((candidate) => candidate.id === id);
  if (!reviewer) return { problem: 'unknown' };
  if (reviewer.role !== role) return { problem: 'role', reviewer };
  const language = languages.find((code) => !reviewer.languages.includes(code));
  if (language !== undefined) return { problem: 'language', reviewer, language };
  return { reviewer };
}

/** "Spanish": a language code named in English, for messages. */
export function languageName(code: string): string {
  const language = LANGUAGES.find((candidate) => candidate.code === code);
  return language ? languageNameIn(language, DEFAULT_LANGUAGE) : code;
}

/** The clinical review that covers an English page's text as it is now, if any. */
export function clinicalSignature(article: Article, records: ReviewRecords, reviewers: readonly Reviewer[]): Signature | undefined {
  const record = records.clinical[article.slug];
  if (!record || changesSince(record, article.blocks)) return undefined;
  const signer = signerOf(record.reviewer, 'clinical', [article.language], reviewers);
  return 'problem' in signer ? undefined : { reviewer: signer.reviewer, date: record.date };
}

/** The translation review that covers both a translated page and its English page as they are now, if any. */
export function translationSignature(
  translated: Article,
  english: Article,
  records: ReviewRecords,
  reviewers: readonly Reviewer[],
): Signature | undefined {
  const review = records.translations[translated.language]?.[translated.slug]?.review;
  if (!review || changesSince(review.english, english.blocks) || changesSince(review.translation, translated.blocks)) return undefined;
  const signer = signerOf(review.reviewer, 'translation', [english.language, translated.language], reviewers);
  return 'problem' in signer ? undefined : { reviewer: signer.reviewer, date: review.date };
}

/** The reviews a page may show: only those that cover its text as it is now. */
export interface PageReviews {
  /** A clinical reviewer checked this text (on a translation: its English page, through a reviewed translation). */
  readonly clinical?: Signature;
  /** A translator checked this translation against its English page. */
  readonly translation?: Signature;
  /**
   * On a translation no translator has reviewed: the clinical review of its English page, while it
   * covers the English text as it is now and the translation was made from that very text. The
   * page names it as the English page's review, never as its own (nor in its structured data).
   */
  readonly original?: Signature;
}

/**
 * What a page may say about its reviews. A translation carries the clinical review of its English
 * page only while a translator's review binds the two texts: otherwise nobody has checked that
 * the translation says what was reviewed, and the page may only name that review as the English
 * page's, when the translation was made from the reviewed text.
 */
export function pageReviews(
  article: Article,
  englishTwin: Article | undefined,
  records: ReviewRecords,
  reviewers: readonly Reviewer[],
): PageReviews {
  if (article.language === DEFAULT_LANGUAGE.code || !englishTwin) {
    const clinical = clinicalSignature(article, records, reviewers);
    return clinical ? { clinical } : {};
  }
  const translation = translationSignature(article, englishTwin, records, reviewers);
  const clinical = clinicalSignature(englishTwin, records, reviewers);
  if (!translation) {
    const madeFrom = records.translations[article.language]?.[article.slug]?.madeFrom;
    const madeFromReviewedText = madeFrom !== undefined && changesSince(madeFrom, englishTwin.blocks) === undefined;
    return clinical && madeFromReviewedText ? { original: clinical } : {};
  }
  return clinical ? { clinical, translation } : { translation };
}
