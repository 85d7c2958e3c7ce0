import type { Article } from '@/lib/content/articles';
import { catalogFingerprints, changedMessages, type CatalogFingerprints } from '@/lib/content/catalog-fingerprints';
import type { Block, BlockChanges } from '@/lib/content/blocks';
import { fileAt, type Problem, type Severity } from '@/lib/content/problem';
import type { ReviewsFile } from '@/lib/content/review-records';
import { changesSince, languageName, signerOf } from '@/lib/content/review-coverage';
import type { Reviewer, ReviewerRole, ReviewersFile } from '@/lib/content/reviewers';
import { englishSlugOf } from '@/lib/content/translations';
import { clipped } from '@/lib/content/text-rules';
import { DEFAULT_LANGUAGE } from '@/lib/i18n/languages';
import { joinWithAnd } from '@/lib/i18n/lists';
import type { ReadCatalog } from './catalog-check';
import { futureReviewProblem, reviewReminder } from './review-schedule';

export interface ReviewCheck {
  /** The English pages, once every one of them could be read. */
  readonly english: readonly Article[];
  /** Each other language's pages, once every one of them could be read. */
  readonly translated: readonly (readonly Article[])[];
  readonly reviewers: ReviewersFile;
  readonly reviews: ReviewsFile;
  readonly today: string;
  /** A build only warns about a review that no longer covers its page: the page then says so itself. */
  readonly build: boolean;
  /** The interface catalogs that could be read (lib/checks/catalog-check), English first. */
  readonly catalogs?: readonly ReadCatalog[];
}

/** A block as a message names it: its line and its first words. */
function blockNamed(file: string, block: Block, withFile: boolean): string {
  const words = block.text.split(' ');
  const opening = clipped(words.length <= 6 ? block.text : `${words.slice(0, 6).join(' ')} …`);
  return `${withFile ? fileAt(file, block.line) : `line ${block.line ?? '?'}`} "${opening}"`;
}

/** "2 blocks are new or changed (line 12 "…", line 30 "…") and 1 block of the earlier text is no longer there as it was". */
export function describeChanges(file: string, changes: BlockChanges, withFile = false): string {
  const parts: string[] = [];
  const { changed, removed } = changes;
  if (changed.length > 0) {
    const verb = changed.length === 1 ? '1 block is new or changed' : `${changed.length} blocks are new or changed`;
    parts.push(`${verb} (${changed.map((block) => blockNamed(file, block, withFile)).join(', ')})`);
  }
  // A changed block counts here too: its reviewed wording is gone.
  if (removed > 0) parts.push(removed === 1 ? '1 block of the earlier text is no longer there as it was' : `${removed} blocks of the earlier text are no longer there as they were`);
  // Only the order changed: every block is still there, in another place.
  if (parts.length === 0) parts.push('the blocks are in another order');
  return parts.join(' and ');
}

function who(reviewer: Reviewer | undefined, id: string): string {
  return reviewer ? `${reviewer.name}, ${reviewer.credentials}` : `"${id}"`;
}

/** Why the reviewer a record names cannot sign it, as an error at the record. */
function signerProblems(
  reviews: ReviewsFile,
  reviewers: ReviewersFile,
  where: readonly (string | number)[],
  id: string,
  role: ReviewerRole,
  languages: readonly string[],
  page: string,
): Problem[] {
  const signer = signerOf(id, role, languages, reviewers.reviewers);
  if (!('problem' in signer)) return [];
  const line = reviews.lineOf([...where, 'reviewer']);
  const known = reviewers.reviewers.filter((reviewer) => reviewer.role === role).map((reviewer) => reviewer.id);
  const listed = known.length > 0 ? known.join(', ') : `none yet: add them to ${reviewers.file}`;
  const kind = role === 'clinical' ? 'clinical review' : 'translation review';
  const message = {
    unknown: `the ${kind} of ${page} names the reviewer "${clipped(id)}", but ${reviewers.file} has no reviewer with that id. Record the review with the id of the person who signed the sheet (${role} reviewers: ${listed}).`,
    role: `the ${kind} of ${page} is signed by ${who(signer.reviewer, id)}, whose role in ${reviewers.file} is ${signer.reviewer?.role ?? ''}. A ${kind} must be signed by a ${role} reviewer (${listed}): have one of them review the page.`,
    language: `the ${kind} of ${page} is signed by ${who(signer.reviewer, id)}, who does not read ${languageName(signer.language ?? '')} ("languages" in ${reviewers.file}). Have a ${role} reviewer who reads it review the page.`,
  }[signer.problem];
  return [{ file: reviews.file, line, severity: 'error', message }];
}

function datedProblems(reviews: ReviewsFile, where: readonly (string | number)[], date: string, file: string, howTo: string, check: ReviewCheck): Problem[] {
  const future = futureReviewProblem(date, check.today);
  if (future) return [{ file: reviews.file, line: reviews.lineOf([...where, 'date']), severity: 'error', message: future }];
  const reminder = reviewReminder(date, check.today, howTo);
  return reminder ? [{ file, line: undefined, severity: reminder.overdue && !check.build ? 'error' : 'warning', message: reminder.message }] : [];
}

function lapsedSeverity(check: ReviewCheck): Severity {
  return check.build ? 'warning' : 'error';
}

const CLINICAL_HOW_TO = (file: string) =>
  `Have a clinical reviewer check the page against the clinic's article on its review sheet (npm run review-sheets), then record their signature with npm run sign-off -- ${file} --reviewer <their id>.`;
const TRANSLATION_HOW_TO = (file: string) =>
  `Have a translation reviewer check this page against its English page on its review sheet (npm run review-sheets), then record their signature with npm run sign-off -- ${file} --reviewer <their id> --translation.`;

function clinicalProblems(article: Article, check: ReviewCheck): Problem[] {
  const { reviews, reviewers } = check;
  const record = reviews.records.clinical[article.slug];
  if (!record) return [];
  const where = ['clinical', article.slug];
  const signer = signerProblems(reviews, reviewers, where, record.reviewer, 'clinical', [article.language], article.file);
  if (signer.length > 0) return signer;
  const reviewer = reviewers.reviewers.find((candidate) => candidate.id === record.reviewer);
  const changes = changesSince(record, article.blocks);
  if (changes) {
    return [
      {
        file: article.file,
        line: changes.changed[0]?.line,
        severity: lapsedSeverity(check),
        message: `the clinical review by ${who(reviewer, record.reviewer)} on ${record.date} no longer covers this page: since then ${describeChanges(article.file, changes)}. ${CLINICAL_HOW_TO(article.file)} Until then the page says that no named reviewer has checked it.`,
      },
    ];
  }
  return datedProblems(reviews, where, record.date, article.file, CLINICAL_HOW_TO(article.file), check);
}

function translationProblems(translated: Article, english: Article, check: ReviewCheck): Problem[] {
  const { reviews, reviewers } = check;
  const entry = reviews.records.translations[translated.language]?.[translated.slug];
  const problems: Problem[] = [];
  const updateHowTo = `Update the translation to say what the English page says now, then run npm run translated -- ${translated.file}.`;
  if (!entry?.madeFrom) {
    problems.push({
      file: translated.file,
      line: undefined,
      severity: 'warning',
      message: `nothing records which text of ${english.file} this translation was made from, so a change to it cannot be noticed. ${updateHowTo}`,
    });
  } else {
    const stale = changesSince(entry.madeFrom, english.blocks);
    if (stale) {
      problems.push({
        file: translated.file,
        line: undefined,
        severity: 'warning',
        message: `this translation is out of date: since it was made, in ${english.file} ${describeChanges(english.file, stale, true)}. ${updateHowTo}`,
      });
    }
  }
  const review = entry?.review;
  if (!review) return problems;
  const where = ['translations', translated.language, translated.slug, 'review'];
  const signer = signerProblems(reviews, reviewers, where, review.reviewer, 'translation', [english.language, translated.language], translated.file);
  if (signer.length > 0) return [...problems, ...signer];
  const reviewer = reviewers.reviewers.find((candidate) => candidate.id === review.reviewer);
  const englishChanges = changesSince(review.english, english.blocks);
  const ownChanges = changesSince(review.translation, translated.blocks);
  if (englishChanges || ownChanges) {
    const what = [
      ...(englishChanges ? [`in ${english.file} ${describeChanges(english.file, englishChanges, true)}`] : []),
      ...(ownChanges ? [`in this page ${describeChanges(translated.file, ownChanges)}`] : []),
    ].join('; ');
    problems.push({
      file: translated.file,
      line: ownChanges?.changed[0]?.line,
      severity: lapsedSeverity(check),
      message: `the translation review by ${who(reviewer, review.reviewer)} on ${review.date} has lapsed: since then ${what}. ${TRANSLATION_HOW_TO(translated.file)} Until then the page says that no qualified translator has reviewed it.`,
    });
    return problems;
  }
  return [...problems, ...datedProblems(reviews, where, review.date, translated.file, TRANSLATION_HOW_TO(translated.file), check)];
}

/** A catalog's messages as a record binds them. */
export function fingerprintsOfCatalog(catalog: ReadCatalog): CatalogFingerprints {
  return catalogFingerprints(Object.fromEntries([...catalog.entries].map(([key, entry]) => [key, entry.text])));
}

/** "3 messages are new or changed ("footer.about" at lib/i18n/messages/en.json:33, …) and 1 is no longer there ("reviewDates.nextReview")". */
function describeMessageChanges(catalog: ReadCatalog, changes: { changed: readonly string[]; removed: readonly string[] }): string {
  const parts: string[] = [];
  const { changed, removed } = changes;
  if (changed.length > 0) {
    const named = changed.map((key) => `"${key}" at ${fileAt(catalog.file, catalog.entries.get(key)?.line)}`).join(', ');
    parts.push(`${changed.length === 1 ? '1 message is new or changed' : `${changed.length} messages are new or changed`} (${named})`);
  }
  if (removed.length > 0) parts.push(`${removed.length === 1 ? '1 message is' : `${removed.length} messages are`} no longer there (${removed.map((key) => `"${key}"`).join(', ')})`);
  return parts.join(' and ');
}

/**
 * A translated interface catalog, bound like a page: made from the English catalog as it is now,
 * and its translation review, when one is on record, still covering both catalogs as they are.
 */
function catalogProblems(translated: ReadCatalog, english: ReadCatalog, check: ReviewCheck): Problem[] {
  const { reviews, reviewers } = check;
  const code = translated.language.code;
  const entry = reviews.records.catalogs[code];
  const englishNow = fingerprintsOfCatalog(english);
  const updateHowTo = `Update the messages to say what ${english.file} says now, then run npm run translated -- ${translated.file}.`;
  const problems: Problem[] = [];
  // A content folder that records nothing about the catalogs (a test's) is not told about them.
  const stale = entry?.madeFrom && changedMessages(entry.madeFrom, englishNow);
  if (stale) problems.push({ file: translated.file, line: undefined, severity: 'warning', message: `this catalog is out of date: since it was translated, in ${english.file} ${describeMessageChanges(english, stale)}. ${updateHowTo}` });
  const review = entry?.review;
  if (!review) return problems;
  const where = ['catalogs', code, 'review'];
  const signer = signerProblems(reviews, reviewers, where, review.reviewer, 'translation', [english.language.code, code], translated.file);
  if (signer.length > 0) return [...problems, ...signer];
  const reviewer = reviewers.reviewers.find((candidate) => candidate.id === review.reviewer);
  const englishChanges = changedMessages(review.english, englishNow);
  const ownChanges = changedMessages(review.translation, fingerprintsOfCatalog(translated));
  const howTo = `Have a translation reviewer check this catalog against ${english.file} on its review sheet (npm run review-sheets), then record their signature with npm run sign-off -- ${translated.file} --reviewer <their id> --translation.`;
  if (englishChanges || ownChanges) {
    const what = [
      ...(englishChanges ? [`in ${english.file} ${describeMessageChanges(english, englishChanges)}`] : []),
      ...(ownChanges ? [`in this catalog ${describeMessageChanges(translated, ownChanges)}`] : []),
    ].join('; ');
    problems.push({
      file: translated.file,
      line: ownChanges?.changed[0] === undefined ? undefined : translated.entries.get(ownChanges.changed[0])?.line,
      severity: lapsedSeverity(check),
      message: `the translation review by ${who(reviewer, review.reviewer)} on ${review.date} has lapsed: since then ${what}. ${howTo} Until then every page in ${languageName(code)} says that no qualified translator has reviewed it.`,
    });
    return problems;
  }
  return [...problems, ...datedProblems(reviews, where, review.date, translated.file, howTo, check)];
}

/** A record for a page that no longer exists (renamed or deleted) covers nothing. */
function orphanProblems(check: ReviewCheck): Problem[] {
  const { reviews } = check;
  const english = new Set(check.english.map((article) => article.slug));
  const translated = new Map<string, Set<string>>();
  for (const pages of check.translated) {
    for (const article of pages) translated.set(article.language, (translated.get(article.language) ?? new Set()).add(article.slug));
  }
  const orphan = (where: readonly string[], page: string): Problem => ({
    file: reviews.file,
    line: reviews.lineOf(where),
    severity: 'error',
    message: `has a record for the page "${clipped(page)}", which does not exist. If the page was renamed, it must be reviewed again under its new name; remove this record.`,
  });
  const problems = Object.keys(reviews.records.clinical)
    .filter((slug) => !english.has(slug))
    .map((slug) => orphan(['clinical', slug], slug));
  for (const [code, pages] of Object.entries(reviews.records.translations)) {
    // A language whose pages could not all be read is left alone until they can.
    const known = translated.get(code);
    if (!known) continue;
    problems.push(...Object.keys(pages).filter((slug) => !known.has(slug)).map((slug) => orphan(['translations', code, slug], `${code}/${slug}`)));
  }
  return problems;
}

/** One warning naming every page that says it has no review, rather than one per page. */
function unreviewedProblems(check: ReviewCheck): Problem[] {
  const { reviews } = check;
  const noClinical = check.english.filter((article) => !reviews.records.clinical[article.slug]).map((article) => article.file);
  const noTranslation = check.translated.flat().filter((article) => !reviews.records.translations[article.language]?.[article.slug]?.review).map((article) => article.file);
  const problems: Problem[] = [];
  if (noClinical.length > 0) {
    problems.push({
      file: reviews.file,
      line: undefined,
      severity: 'warning',
      message: `no named reviewer has checked ${noClinical.length === 1 ? 'this page against the clinic\'s article, and it says so' : `these ${noClinical.length} pages against the clinic's article, and each says so`}: ${noClinical.join(', ')}. Print their review sheets (npm run review-sheets) for a clinical reviewer, then record each signature with npm run sign-off.`,
    });
  }
  if (noTranslation.length > 0) {
    problems.push({
      file: reviews.file,
      line: undefined,
      severity: 'warning',
      message: `no qualified translator has reviewed ${noTranslation.length === 1 ? 'this translation, and it says so' : `these ${noTranslation.length} translations, and each says so`}: ${noTranslation.join(', ')}. Print their translation sheets (npm run review-sheets) for a translation reviewer, then record each signature with npm run sign-off -- <page> --reviewer <id> --translation.`,
    });
  }
  return problems;
}

/** Example reviewers are made-up people: the site must not go out with their names on its pages. */
function exampleReviewerProblems({ reviewers }: ReviewersFile, file: string): Problem[] {
  const examples = reviewers.filter((reviewer) => reviewer.example);
  if (examples.length === 0) return [];
  return [
    {
      file,
      line: undefined,
      severity: 'warning',
      message: `${joinWithAnd(examples.map((reviewer) => reviewer.name), DEFAULT_LANGUAGE.locale)} ${examples.length === 1 ? 'is an example reviewer' : 'are example reviewers'} ("example: true"), made up so the site works out of the box; a page reviewed by one says so. Replace them with the clinic's real reviewers.`,
    },
  ];
}

/**
 * Whether each review on record still covers its page: signed by a reviewer of the right role
 * who reads the page's language, for the text as it is now, not due again; whether each
 * translation was made from the English page as it is now; and which pages have no review.
 */
export function findReviewProblems(check: ReviewCheck): Problem[] {
  const englishBySlug = new Map(check.english.map((article) => [article.slug, article]));
  const problems = [
    ...exampleReviewerProblems(check.reviewers, check.reviewers.file),
    ...check.english.flatMap((article) => clinicalProblems(article, check)),
    ...orphanProblems(check),
    ...unreviewedProblems(check),
  ];
  for (const translated of check.translated.flat()) {
    const english = englishBySlug.get(englishSlugOf(translated));
    if (english) problems.push(...translationProblems(translated, english, check));
  }
  const [englishCatalog, ...translatedCatalogs] = check.catalogs ?? [];
  if (englishCatalog?.language.code === DEFAULT_LANGUAGE.code) problems.push(...translatedCatalogs.flatMap((catalog) => catalogProblems(catalog, englishCatalog, check)));
  return problems;
}
