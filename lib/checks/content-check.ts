import path from 'node:path';
import type { Root } from 'mdast';
import { articleFolder, articlePath, loadArticleFolder, type ArticleFile, type ArticleFolder } from '@/lib/content/articles';
import { SLUG } from '@/lib/content/article-schema';
import { loadAvailability } from '@/lib/content/availability';
import { loadClinic } from '@/lib/content/clinic';
import { loadLocations } from '@/lib/content/locations';
import {
  AVAILABILITY_FILE,
  CLINIC_ARTICLE_FILE,
  CONTENT_DIR,
  EDITORIAL_NOTES_FILE,
  LOCATIONS_FILE,
  REVIEWERS_FILE,
  REVIEWS_FILE,
  SOURCE_FILE,
  displayPath,
} from '@/lib/content/content-paths';
import { loaded } from '@/lib/content/content-error';
import { MAILTO_MAX_LENGTH } from '@/lib/content/mailto';
import { pageEmailLink, pageEmailMessage } from '@/lib/content/page-email';
import { formatProblem, type Problem } from '@/lib/content/problem';
import { absoluteUrl } from '@/lib/routes/site-url';
import type { Language } from '@/lib/i18n/language';
import { DEFAULT_LANGUAGE, LANGUAGES, languageNameIn } from '@/lib/i18n/languages';
import { US_STATES, type StateCode } from '@/lib/i18n/us-states';
import { loadEditorialNotes } from '@/lib/content/editorial-notes';
import { loadSourceFile } from '@/lib/content/source-article';
import { clinicCheck } from './clinic-check';
import { loadReviewsFile } from '@/lib/content/review-records';
import { loadReviewersFile } from '@/lib/content/reviewers';
import { loadTraceFolder } from '@/lib/content/traces';
import { checkCatalogs, type ReadCatalog } from './catalog-check';
import { contactCheck } from './contact-check';
import { hardestSentences, isHarder, readingLevel, type ReadingLevel, type ReadingScale, type ScoredSentence } from './readability';
import { readingScaleFor } from './reading-scales';
import { copyProblems, readClinicArticle } from './clinic-article';
import { sourceProblems } from './source-check';
import { findReviewProblems } from './reviews';
import { traceProblems } from './trace-check';
import { titleCharacterProblem } from './title-characters';
import { findTranslationDrift, findUnpairedTranslations, type CheckedArticle, type TranslationFile } from './translations';

export interface ContentCheckOptions {
  readonly contentDir?: string;
  /** YYYY-MM-DD: the dates of reviews are compared with this day. */
  readonly today: string;
  /** A build only warns about a review that is due or no longer covers its page: a deploy never fails on the calendar, and the page says itself that it is not reviewed. */
  readonly build?: boolean;
  /** The languages the content is published in; English first. */
  readonly languages?: readonly Language[];
  /** The clinic's article the checks compare with: the copy in the content folder unless told (tests pass their own). */
  readonly sourceText?: string;
  /**
   * The clinic's own file of its article, outside the repository (../shared/source/…): when it is
   * there, the copy must be the same. `npm run check:content` passes it; a clone without it checks the copy alone.
   */
  readonly clinicOriginal?: string;
  /** The folder of the languages' catalogs of messages; tests pass their own. */
  readonly catalogDir?: string;
}

export interface ContentReport {
  /** The content folder, as editors see its path. */
  readonly folder: string;
  /** Every file checked, as editors see its path. */
  readonly files: readonly string[];
  readonly problems: readonly Problem[];
}

/** The loaders' problems: everything that stops the site from being built. */
async function loaderErrors(load: () => Promise<unknown>): Promise<Problem[]> {
  return (await loaded(load)).problems;
}

/**
 * The clinic's article, the source file, the editorial notes and the trace files: read by their
 * loaders, then compared with the article, and the article with the clinic's own file when it is here.
 */
async function sourceCheck(contentDir: string, options: ContentCheckOptions, pages: readonly ArticleFile[]): Promise<{ files: string[]; problems: Problem[] }> {
  const article = await readClinicArticle(options.sourceText ?? path.join(contentDir, CLINIC_ARTICLE_FILE));
  const [source, notes, traces] = await Promise.all([loaded(() => loadSourceFile(contentDir)), loaded(() => loadEditorialNotes(contentDir)), loadTraceFolder(contentDir)]);
  const copied = options.clinicOriginal === undefined ? [] : await copyProblems(article, options.clinicOriginal);
  const compared = sourceProblems({ contentDir, article, source: source.value, notes: notes.value, pages });
  const traced = traceProblems({ contentDir, pages, traces, article });
  const files = [
    ...('text' in article ? [article.file] : []),
    ...[SOURCE_FILE, ...(notes.value ? [EDITORIAL_NOTES_FILE] : [])].map((name) => displayPath(path.join(contentDir, name))),
    ...traces.files,
  ];
  return { files, problems: [...copied, ...source.problems, ...notes.problems, ...compared, ...traces.problems, ...traced] };
}

/** The start of a sentence, enough to find it on its line. */
function opening(sentence: string): string {
  const words = sentence.split(' ');
  return words.length <= 8 ? sentence : `${words.slice(0, 8).join(' ')} …`;
}

function describeSentence(sentence: ScoredSentence, scale: ReadingScale): string {
  return `line ${sentence.line} "${opening(sentence.text)}" (${scale.wording.sentence(sentence.score.toFixed(1))})`;
}

/** A content problem before it is tied to a file. */
export type Finding = Omit<Problem, 'file'>;

/**
 * What the reading-level rule says about a page measured on its language's scale: an error
 * past the limit, a warning past the target, nothing otherwise. Lines are those of `level`.
 */
export function readingLevelFinding(level: ReadingLevel, scale: ReadingScale): Finding | undefined {
  // A page without sentences has no reading level.
  if (level.sentences.length === 0) return undefined;
  // Compared as shown, so a page never "reads at grade 6.0" and still gets a warning for it.
  const shownScore = Math.round(level.score * 10) / 10;
  if (!isHarder(scale, shownScore, scale.target)) return undefined;
  const hardest = hardestSentences(level, scale, 3);
  const pastLimit = isHarder(scale, shownScore, scale.limit);
  const rule = pastLimit ? scale.wording.limitRule : scale.wording.targetRule;
  // A page of short sentences only (a list of terms) has none long enough to name.
  const where = hardest.length > 0 ? `, starting with the hardest: ${hardest.map((sentence) => describeSentence(sentence, scale)).join(', ')}` : '';
  return {
    line: hardest[0]?.line,
    severity: pastLimit ? 'error' : 'warning',
    message: `the page ${scale.wording.page(shownScore.toFixed(1))}; ${rule}. Use shorter sentences and everyday words${where}.`,
  };
}

/** An article body: its Markdown tree, and the line of the file it starts on. */
interface Body {
  readonly tree: Root;
  readonly bodyStartLine: number;
}

/** The reading-level problem of one article, measured on the scale of the article's language. */
export function readingLevelProblem(file: string, { tree, bodyStartLine }: Body, scale: ReadingScale): Problem | undefined {
  const level = readingLevel(tree, scale);
  const toFileLine = (sentence: ScoredSentence): ScoredSentence =>
    // Stryker disable next-line ConditionalExpression: every sentence has a line (see readability.ts, sentencesOf).
    sentence.line === undefined ? sentence : { ...sentence, line: sentence.line + bodyStartLine - 1 };
  const finding = readingLevelFinding({ ...level, sentences: level.sentences.map(toFileLine) }, scale);
  return finding && { file, ...finding };
}

/**
 * The staff page's email about an article whose front matter passed its schema (the loader reports
 * it otherwise): the build stops on a link too long for some email apps, so the check finds it
 * first, at the title, with how much to cut.
 */
function staffEmailProblems({ file, slug, split, frontMatter }: ArticleFile, language: Language, clinic: string | undefined): Problem[] {
  // The email names the clinic: until content/clinic.yaml can be read (its own check says why), it cannot be measured.
  if (!split || !frontMatter || clinic === undefined) return [];
  const message = pageEmailMessage(language, clinic, frontMatter.title, frontMatter.description, absoluteUrl(articlePath(language, slug)));
  const { href, excess } = pageEmailLink(message);
  if (excess === 0) return [];
  return [
    {
      file,
      line: split.lineOf(['title']),
      severity: 'error',
      message: `the staff page's email about this page makes a link of ${href.length} characters, and some email apps cut links of ${MAILTO_MAX_LENGTH} characters or more. Shorten the title or the description until the link is ${excess} characters shorter: in the link, the title is written twice, each space takes 3 characters and each letter like é or € takes 6 to 9.`,
    },
  ];
}

/** What pairing a page with its translation reads: the file name and "translationOf". */
function translationFile({ file, slug, split }: ArticleFile): TranslationFile {
  const translationOf = (split?.data as { translationOf?: unknown } | undefined)?.translationOf;
  return typeof translationOf === 'string' ? { file, slug, translationOf, translationOfLine: split?.lineOf(['translationOf']) } : { file, slug };
}

/**
 * The reading level of every page whose body could be read; the title's characters and the
 * staff email of every page whose front matter is right.
 */
function articleProblems(read: ArticleFile, language: Language, clinic: string | undefined): Problem[] {
  const scale = readingScaleFor(language);
  const body = read.split && read.tree && { tree: read.tree, bodyStartLine: read.split.bodyStartLine };
  const readingProblem = scale && body ? readingLevelProblem(read.file, body, scale) : undefined;
  const titleProblem = titleCharacterProblem(read);
  return [
    ...(readingProblem ? [readingProblem] : []),
    ...(titleProblem ? [titleProblem] : []),
    ...staffEmailProblems(read, language, clinic),
  ];
}

/** The articles with what the translation check reads from their files, once every file of the language is right. */
function checkedArticles(folder: ArticleFolder): CheckedArticle[] | undefined {
  if (folder.problems.length > 0) return undefined;
  return folder.pages.map(({ article, read: { split, tree } }) => ({ article, tree, bodyStartLine: split.bodyStartLine, lineOf: (field: string) => split.lineOf([field]) }));
}

interface LanguageCheck {
  readonly language: Language;
  readonly files: readonly string[];
  readonly problems: readonly Problem[];
  readonly translationFiles: readonly TranslationFile[];
  /** Every article file of the language as the loader read it. */
  readonly read: readonly ArticleFile[];
  /** The articles with their files, once every file of the language could be read. */
  readonly checked?: readonly CheckedArticle[];
}

/** A language's folder cannot be listed: it is not there, or it is not a folder. */
function isUnlistable(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.syscall === 'scandir';
}

async function checkLanguage(contentDir: string, language: Language, languages: readonly Language[], clinic: string | undefined): Promise<LanguageCheck> {
  let folder: ArticleFolder;
  try {
    folder = await loadArticleFolder(contentDir, language, languages);
  } catch (error) {
    if (!isUnlistable(error)) throw error;
    const message = `the folder of the pages in ${languageNameIn(language, DEFAULT_LANGUAGE)} is missing. Create it with one translation of each English article.`;
    return {
      language,
      files: [],
      // Stryker disable next-line ArrayDeclaration: a language whose folder is missing has no files, and then neither a pairing nor a note's page is looked up in it.
      translationFiles: [],
      read: [],
      problems: [{ file: displayPath(articleFolder(contentDir, language)), line: undefined, severity: 'error', message }],
    };
  }
  const problems = [...folder.files.flatMap((read) => articleProblems(read, language, clinic)), ...folder.problems];
  const checked = checkedArticles(folder);
  return {
    language,
    files: folder.files.map((read) => read.file),
    problems,
    // A file whose name cannot be a page address is refused on its own; no message suggests it as a page.
    translationFiles: folder.files.filter((read) => SLUG.test(read.slug)).map(translationFile),
    read: folder.files,
    ...(checked && { checked }),
  };
}

function translationProblems(english: LanguageCheck, other: LanguageCheck, contentDir: string): Problem[] {
  const folder = displayPath(articleFolder(contentDir, other.language));
  const unpaired = other.files.length === 0 ? [] : findUnpairedTranslations(english.translationFiles, other.translationFiles, folder);
  if (!english.checked || !other.checked) return unpaired;
  const drift = findTranslationDrift({
    english: english.checked,
    englishLanguage: english.language,
    translated: other.checked,
    language: other.language,
    states: Object.keys(US_STATES) as StateCode[],
  });
  return [...unpaired, ...drift];
}

/** The reviewers and the reviews on record, read by their loaders, then held against the pages once every page could be read. */
async function reviewCheck(
  contentDir: string,
  english: LanguageCheck,
  others: readonly LanguageCheck[],
  options: ContentCheckOptions,
  catalogs: readonly ReadCatalog[],
): Promise<{ files: string[]; problems: Problem[] }> {
  const [reviewers, reviews] = await Promise.all([loaded(() => loadReviewersFile(contentDir)), loaded(() => loadReviewsFile(contentDir))]);
  // A folder may have neither file: then no one reviews and nothing is on record, and no file was read.
  const checked = (read: { value?: { exists: boolean } }, name: string) => (read.value?.exists === false ? [] : [displayPath(path.join(contentDir, name))]);
  const files = [...checked(reviewers, REVIEWERS_FILE), ...checked(reviews, REVIEWS_FILE)];
  const loadProblems = [...reviewers.problems, ...reviews.problems];
  const translated = others.map((other) => other.checked);
  if (!reviewers.value || !reviews.value || !english.checked || translated.some((pages) => pages === undefined)) return { files, problems: loadProblems };
  const problems = findReviewProblems({
    english: english.checked.map((page) => page.article),
    translated: translated.map((pages) => (pages ?? []).map((page) => page.article)),
    reviewers: reviewers.value,
    reviews: reviews.value,
    today: options.today,
    build: options.build ?? false,
    catalogs,
  });
  return { files, problems: [...loadProblems, ...problems] };
}

function byFileThenLine(a: Problem, b: Problem): number {
  return (a.file ?? '').localeCompare(b.file ?? '', 'en') || (a.line ?? 0) - (b.line ?? 0);
}

/**
 * Every problem in a content folder at once: what stops the build (front matter, headings,
 * images, links, availability, locations, contact and clinic data, the source file), reading level,
 * the reviews and whether they still cover their pages, the example contact address and clinic, and whether the source file and editorial notes still match the clinic's article.
 */
export async function checkContent(options: ContentCheckOptions): Promise<ContentReport> {
  const contentDir = options.contentDir ?? CONTENT_DIR;
  const languages = options.languages ?? LANGUAGES;
  // The staff emails name the clinic, so it is read first.
  const clinicName = (await loaded(() => loadClinic(contentDir))).value?.name;
  const [english, ...others] = await Promise.all(languages.map((language) => checkLanguage(contentDir, language, languages, clinicName)));
  if (!english) throw new Error('checkContent needs at least one language.');
  const availabilityErrors = await loaderErrors(() => loadAvailability(contentDir));
  // The locations are checked against the availability data, so they wait until it is right.
  const checkLocations = availabilityErrors.length === 0;
  const locationErrors = checkLocations ? await loaderErrors(() => loadLocations(contentDir)) : [];
  const source = await sourceCheck(contentDir, options, english.read);
  const contact = await contactCheck(contentDir);
  const clinic = await clinicCheck(contentDir);
  const catalogs = await checkCatalogs(languages, options.catalogDir);
  const reviews = await reviewCheck(contentDir, english, others, options, catalogs.catalogs);
  const problems = [
    ...catalogs.problems,
    ...english.problems,
    ...availabilityErrors,
    ...locationErrors,
    ...source.problems,
    ...contact.problems,
    ...clinic.problems,
    ...reviews.problems,
    ...others.flatMap((other) => [...other.problems, ...translationProblems(english, other, contentDir)]),
  ];
  const dataFiles = [AVAILABILITY_FILE, ...(checkLocations ? [LOCATIONS_FILE] : [])].map((name) => displayPath(path.join(contentDir, name)));
  const files = [...english.files, ...dataFiles, ...source.files, contact.file, clinic.file, ...reviews.files, ...others.flatMap((other) => other.files)];
  // Sorting is stable, so problems on the same line keep the order they were found in.
  return { folder: displayPath(contentDir), files, problems: problems.sort(byFileThenLine) };
}

function count(items: number, noun: string): string {
  return `${items} ${noun}${items === 1 ? '' : 's'}`;
}

/** What `npm run check:content` prints: one line per problem, a blank line between files, then a summary. */
export function formatReport(report: ContentReport): string {
  const lines: string[] = [];
  report.problems.forEach((problem, index) => {
    if (index > 0 && problem.file !== report.problems[index - 1]?.file) lines.push('');
    lines.push(formatProblem(problem));
  });
  if (lines.length > 0) lines.push('');
  lines.push(summary(report));
  return lines.join('\n');
}

function summary(report: ContentReport): string {
  const errors = report.problems.filter((problem) => problem.severity === 'error').length;
  const warnings = report.problems.length - errors;
  const checked = `Checked ${count(report.files.length, 'file')} in ${report.folder}/`;
  if (report.problems.length === 0) return `${checked}: no problems.`;
  const found = `${checked}: ${count(errors, 'error')}, ${count(warnings, 'warning')}.`;
  return errors > 0 ? `${found} Fix the errors before publishing.` : found;
}

export function hasErrors(report: ContentReport): boolean {
  return report.problems.some((problem) => problem.severity === 'error');
}
