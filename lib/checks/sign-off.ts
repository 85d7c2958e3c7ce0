import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadArticleFolder, type Article } from '@/lib/content/articles';
import { CONTENT_DIR, displayPath } from '@/lib/content/content-paths';
import { formatProblem } from '@/lib/content/problem';
import { fingerprintsOf, signerOf } from '@/lib/content/review-coverage';
import { EMPTY_RECORDS, parseReviewRecords, reviewsFilePath, serializeReviewRecords, type ReviewRecords } from '@/lib/content/review-records';
import { loadReviewersFile, type Reviewer, type ReviewerRole, type ReviewersFile } from '@/lib/content/reviewers';
import { englishSlugOf } from '@/lib/content/translations';
import { isExampleAddress } from '@/lib/content/contact';
import { CATALOG_FOLDER, catalogFileOf, catalogFingerprints, readCatalogMessages } from '@/lib/content/catalog-fingerprints';
import { DEFAULT_LANGUAGE, LANGUAGES } from '@/lib/i18n/languages';
import { checkContent } from './content-check';

export interface RecordingOptions {
  readonly contentDir?: string;
  /** The page, as the editor names it: content/after-effects.md. */
  readonly page: string;
  /** YYYY-MM-DD: the day the record is written. */
  readonly today: string;
  /** The clinic's article; tests pass their own. */
  readonly sourceText?: string;
  /** Where the interface catalogs are; tests pass their own. */
  readonly catalogDir?: string;
}

export interface SignOffOptions extends RecordingOptions {
  readonly reviewer: string;
  /** A translation review rather than a clinical one. */
  readonly translation: boolean;
  /** The site's published address: an example reviewer may only sign while it is an example one. */
  readonly siteUrl: string;
}

/** What was recorded, or why nothing was: each a sentence for the person at the terminal. */
export type Outcome = { readonly recorded: string } | { readonly refused: string };

interface PagePair {
  readonly page: Article;
  /** The English page: the page itself, or the one it translates. */
  readonly english: Article;
}

async function findPage(contentDir: string, named: string): Promise<PagePair | { refused: string }> {
  const folders = await Promise.all(LANGUAGES.map((language) => loadArticleFolder(contentDir, language, LANGUAGES)));
  const file = displayPath(path.resolve(named));
  const all = folders.flatMap((folder) => folder.articles);
  const page = all.find((article) => article.file === file);
  // The first folder is the first language's: English.
  const english = page && folders[0]?.articles.find((article) => article.slug === englishSlugOf(page));
  if (!page || !english) {
    const listed = folders.flatMap((folder) => folder.files.map((read) => read.file));
    return { refused: `${file} is not a page that could be read. Name one of: ${listed.join(', ')}. Run npm run check:content if a page is missing.` };
  }
  return { page, english };
}

/**
 * The check's errors about the pages a record covers. It runs as a build does, so a review that
 * no longer covers its page (what a new signature is for) and a review that is due only warn.
 */
async function blockingErrors(options: RecordingOptions, files: readonly string[]): Promise<string[]> {
  const report = await checkContent({ contentDir: options.contentDir, today: options.today, build: true, ...(options.sourceText && { sourceText: options.sourceText }) });
  return report.problems.filter((problem) => problem.severity === 'error' && problem.file !== undefined && files.includes(problem.file)).map(formatProblem);
}

async function readRecords(contentDir: string): Promise<ReviewRecords> {
  const filePath = reviewsFilePath(contentDir);
  const source = await readFile(filePath, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  return source === undefined ? EMPTY_RECORDS : parseReviewRecords(source, displayPath(filePath)).records;
}

async function writeRecords(contentDir: string, update: (records: ReviewRecords) => ReviewRecords): Promise<string> {
  const filePath = reviewsFilePath(contentDir);
  await writeFile(filePath, serializeReviewRecords(update(await readRecords(contentDir))), 'utf8');
  return displayPath(filePath);
}

function refusedForErrors(errors: readonly string[], what: string): Outcome {
  return { refused: `${what} was not recorded: npm run check:content finds ${errors.length === 1 ? 'an error' : `${errors.length} errors`} to fix first.\n${errors.join('\n')}` };
}

/** The translated interface catalog an editor named (lib/i18n/messages/es.json), with its English one; undefined when they named a page. */
async function findCatalog(options: RecordingOptions): Promise<{ code: string; file: string; english: Record<string, string>; translated: Record<string, string> } | { refused: string } | undefined> {
  const catalogDir = options.catalogDir ?? CATALOG_FOLDER;
  const named = displayPath(path.resolve(options.page));
  const language = LANGUAGES.find((candidate) => catalogFileOf(catalogDir, candidate.code) === named);
  if (!language) return named.endsWith('.json') ? { refused: `${named} is not an interface catalog of the site. Name one like ${catalogFileOf(catalogDir, 'es')}.` } : undefined;
  if (language === DEFAULT_LANGUAGE) return { refused: `${named} is the English catalog, not a translation. Name a translated one, like ${catalogFileOf(catalogDir, 'es')}.` };
  const [english, translated] = await Promise.all([readCatalogMessages(catalogDir, DEFAULT_LANGUAGE.code), readCatalogMessages(catalogDir, language.code)]);
  if (!english || !translated) return { refused: `${named} or its English catalog cannot be read as a catalog. Run npm run check:content and fix what it finds first.` };
  return { code: language.code, file: named, english, translated };
}

/**
 * `npm run translated -- lib/i18n/messages/es.json`: records that a translated interface catalog
 * was made from the English catalog as it is now, message by message. It is no review.
 */
async function recordCatalogTranslation(contentDir: string, catalog: { code: string; file: string; english: Record<string, string> }): Promise<Outcome> {
  const madeFrom = catalogFingerprints(catalog.english);
  const file = await writeRecords(contentDir, (records) => ({ ...records, catalogs: { ...records.catalogs, [catalog.code]: { ...records.catalogs[catalog.code], madeFrom } } }));
  return {
    recorded: `Recorded in ${file}: ${catalog.file} was translated from the English catalog as it is today (fingerprint ${madeFrom.text}). This is not a review; have a translation reviewer sign its sheet.`,
  };
}

/**
 * `npm run translated`: records that a translated page was made from its English page as it is
 * now. It is no review: the page still says that no qualified translator has reviewed it.
 */
export async function recordTranslation(options: RecordingOptions): Promise<Outcome> {
  const contentDir = options.contentDir ?? CONTENT_DIR;
  const catalog = await findCatalog(options);
  if (catalog) return 'refused' in catalog ? catalog : recordCatalogTranslation(contentDir, catalog);
  const found = await findPage(contentDir, options.page);
  if ('refused' in found) return found;
  const { page, english } = found;
  if (page === english) return { refused: `${page.file} is an English page, not a translation. Name the translated page, like content/es/${page.slug}.md.` };
  const errors = await blockingErrors(options, [page.file, english.file]);
  if (errors.length > 0) return refusedForErrors(errors, 'The translation');
  const madeFrom = fingerprintsOf(english.blocks);
  const file = await writeRecords(contentDir, (records) => {
    const pages = records.translations[page.language] ?? {};
    return { ...records, translations: { ...records.translations, [page.language]: { ...pages, [page.slug]: { ...pages[page.slug], madeFrom } } } };
  });
  return { recorded: `Recorded in ${file}: ${page.file} was translated from ${english.file} as it is today (fingerprint ${madeFrom.text}). This is not a review; have a translation reviewer sign its sheet.` };
}

/** Why the reviewer named cannot sign (unknown, another role, or not in a language the review needs), and who can. */
function refusedSigner(
  signer: { problem: 'unknown' | 'role' | 'language'; reviewer?: Reviewer; language?: string },
  id: string,
  role: ReviewerRole,
  reviewersFile: ReviewersFile,
): Outcome {
  const ids = reviewersFile.reviewers.filter((reviewer) => reviewer.role === role).map((reviewer) => reviewer.id);
  const reason = {
    unknown: `${reviewersFile.file} has no reviewer "${id}"`,
    role: `"${id}" is a ${signer.reviewer?.role ?? ''} reviewer, not a ${role} one`,
    language: `"${id}" does not review in the language "${signer.language ?? ''}"`,
  }[signer.problem];
  return { refused: `Nothing was recorded: ${reason}. ${role === 'clinical' ? 'Clinical' : 'Translation'} reviewers: ${ids.join(', ') || 'none'}.` };
}

/** Whether the site is published at its real address, where a made-up reviewer must never sign. */
function isRealAddress(siteUrl: string): boolean {
  return !isExampleAddress(`@${new URL(siteUrl).hostname}`);
}

/** A translation reviewer's signature on an interface catalog's sheet, bound to both catalogs' messages as they are now. */
async function signCatalog(
  contentDir: string,
  catalog: { code: string; file: string; english: Record<string, string>; translated: Record<string, string> },
  options: SignOffOptions,
): Promise<Outcome> {
  if (!options.translation) return { refused: `${catalog.file} is an interface catalog: only a translation reviewer signs it. Add --translation.` };
  const reviewersFile = await loadReviewersFile(contentDir);
  const signer = signerOf(options.reviewer, 'translation', [DEFAULT_LANGUAGE.code, catalog.code], reviewersFile.reviewers);
  if ('problem' in signer) return refusedSigner(signer, options.reviewer, 'translation', reviewersFile);
  const { reviewer } = signer;
  if (reviewer.example && isRealAddress(options.siteUrl)) {
    return { refused: `Nothing was recorded: ${reviewer.name} is an example reviewer, and the site is published at ${options.siteUrl}. Only a real person's signature may stand there.` };
  }
  const english = catalogFingerprints(catalog.english);
  const translation = catalogFingerprints(catalog.translated);
  const file = await writeRecords(contentDir, (records) => ({
    ...records,
    catalogs: { ...records.catalogs, [catalog.code]: { madeFrom: english, review: { reviewer: reviewer.id, date: options.today, english, translation } } },
  }));
  return { recorded: `Recorded in ${file}: ${reviewer.name}, ${reviewer.credentials}, reviewed ${catalog.file} with the English catalog on ${options.today} (fingerprint ${translation.text}).` };
}

/**
 * `npm run sign-off`: records a reviewer's signature on a printed review sheet, bound to the
 * page's words as they are now (and, for a translation, its English page's).
 */
export async function signOff(options: SignOffOptions): Promise<Outcome> {
  const contentDir = options.contentDir ?? CONTENT_DIR;
  const catalog = await findCatalog(options);
  if (catalog) return 'refused' in catalog ? catalog : signCatalog(contentDir, catalog, options);
  const found = await findPage(contentDir, options.page);
  if ('refused' in found) return found;
  const { page, english } = found;
  const role = options.translation ? 'translation' : 'clinical';
  if (options.translation && page === english) return { refused: `${page.file} is an English page: a translation review is signed on a translated page, like content/es/….md.` };
  if (!options.translation && page !== english) {
    return { refused: `${page.file} is a translation: its clinical review is the one of ${english.file}. Sign this page with --translation if a translator checked it.` };
  }
  const reviewersFile = await loadReviewersFile(contentDir);
  const languages = options.translation ? [english.language, page.language] : [page.language];
  const signer = signerOf(options.reviewer, role, languages, reviewersFile.reviewers);
  if ('problem' in signer) return refusedSigner(signer, options.reviewer, role, reviewersFile);
  const { reviewer } = signer;
  if (reviewer.example && isRealAddress(options.siteUrl)) {
    return { refused: `Nothing was recorded: ${reviewer.name} is an example reviewer, and the site is published at ${options.siteUrl}. Only a real person's signature may stand there.` };
  }
  const errors = await blockingErrors(options, [page.file, english.file]);
  if (errors.length > 0) return refusedForErrors(errors, 'The review');
  const date = options.today;
  const file = await writeRecords(contentDir, (records) => {
    if (!options.translation) return { ...records, clinical: { ...records.clinical, [page.slug]: { reviewer: reviewer.id, date, ...fingerprintsOf(page.blocks) } } };
    const pages = records.translations[page.language] ?? {};
    const madeFrom = fingerprintsOf(english.blocks);
    const review = { reviewer: reviewer.id, date, english: madeFrom, translation: fingerprintsOf(page.blocks) };
    // The translator checked that this page says what the English says now: that is the text it stands for.
    return { ...records, translations: { ...records.translations, [page.language]: { ...pages, [page.slug]: { madeFrom, review } } } };
  });
  const covered = options.translation ? `${page.file} with ${english.file}` : page.file;
  return { recorded: `Recorded in ${file}: ${reviewer.name}, ${reviewer.credentials}, reviewed ${covered} on ${date} (fingerprint ${fingerprintsOf(page.blocks).text}).` };
}
