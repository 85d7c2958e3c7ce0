import path from 'node:path';
import { articleFrontMatterSchema, translatedArticleFrontMatterSchema } from '@/lib/content/article-schema';
import { articleFolder, listArticleFiles, loadArticles, type Article } from '@/lib/content/articles';
import { readContentFile } from '@/lib/content/content-files';
import { loadAvailability } from '@/lib/content/availability';
import { loadLocations } from '@/lib/content/locations';
import {
  AVAILABILITY_FILE,
  CONTENT_DIR,
  EDITORIAL_NOTES_FILE,
  LOCATIONS_FILE,
  SOURCE_ARTICLE_TEXT,
  SOURCE_FILE,
  displayPath,
} from '@/lib/content/content-paths';
import { ContentError, fileAt, splitProblem } from '@/lib/content/content-error';
import { FrontMatterError, splitFrontMatter, type SplitMarkdown } from '@/lib/content/front-matter';
import { parseMarkdown } from '@/lib/content/markdown';
import type { Language } from '@/lib/i18n/language';
import { DEFAULT_LANGUAGE, LANGUAGES, isDefaultLanguage, languageNameIn } from '@/lib/i18n/languages';
import { US_STATES, type StateCode } from '@/lib/i18n/us-states';
import { loadEditorialNotes } from '@/lib/content/editorial-notes';
import { loadSourceArticle } from '@/lib/content/source-article';
import { contactCheck } from './contact-check';
import { fieldLine } from './field-line';
import { hardestSentences, isHarder, readingLevel, type ReadingLevel, type ReadingScale, type ScoredSentence } from './readability';
import { readingScaleFor } from './reading-scales';
import { sourceProblems } from './source-check';
import { reviewCycleProblem, reviewReminder } from './review-schedule';
import { titleCharacterFinding } from './title-characters';
import { findTranslationDrift, findUnpairedTranslations, type CheckedArticle, type TranslationFile } from './translations';

export type Severity = 'error' | 'warning';

export interface ContentProblem {
  readonly file: string;
  readonly line: number | undefined;
  readonly severity: Severity;
  readonly message: string;
}

export interface ContentCheckOptions {
  readonly contentDir?: string;
  /** YYYY-MM-DD: review dates are compared with this day. */
  readonly today: string;
  /** A build only warns about review dates, so a deploy never fails because of the calendar. */
  readonly build?: boolean;
  /** The languages the content is published in; English first. */
  readonly languages?: readonly Language[];
  /** The text file of the clinic's article; tests pass their own. */
  readonly sourceText?: string;
}

export interface ContentReport {
  /** The content folder, as editors see its path. */
  readonly folder: string;
  /** Every file checked, as editors see its path. */
  readonly files: readonly string[];
  readonly problems: readonly ContentProblem[];
}

/** The loaders' problems: everything that stops the site from being built. */
async function loaderErrors(load: () => Promise<unknown>): Promise<ContentProblem[]> {
  return (await loaded(load)).problems;
}

/** What a loader read, or its problems when it refused the content. */
async function loaded<T>(load: () => Promise<T>): Promise<{ value: T | undefined; problems: ContentProblem[] }> {
  try {
    return { value: await load(), problems: [] };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return { value: undefined, problems: error.problems.map((problem) => ({ ...splitProblem(problem), severity: 'error' })) };
  }
}

/** The source file and editorial notes: read by their loaders, then compared with the clinic's article. */
async function sourceCheck(contentDir: string, sourceText: string): Promise<{ files: string[]; problems: ContentProblem[] }> {
  const [source, notes] = await Promise.all([loaded(() => loadSourceArticle(contentDir)), loaded(() => loadEditorialNotes(contentDir))]);
  const compared = await sourceProblems({ contentDir, sourceText, source: source.value, notes: notes.value });
  const files = [SOURCE_FILE, ...(notes.value ? [EDITORIAL_NOTES_FILE] : [])].map((name) => displayPath(path.join(contentDir, name)));
  return { files, problems: [...source.problems, ...notes.problems, ...compared] };
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
export type Finding = Omit<ContentProblem, 'file'>;

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

/** The reading-level problem of one article, measured on the scale of the article's language. */
export function readingLevelProblem(file: string, split: SplitMarkdown, scale: ReadingScale): ContentProblem | undefined {
  const level = readingLevel(parseMarkdown(split.body), scale);
  const toFileLine = (sentence: ScoredSentence): ScoredSentence =>
    sentence.line === undefined ? sentence : { ...sentence, line: sentence.line + split.bodyStartLine - 1 };
  const finding = readingLevelFinding({ ...level, sentences: level.sentences.map(toFileLine) }, scale);
  return finding && { file, ...finding };
}

function reviewProblems(file: string, source: string, split: SplitMarkdown, language: Language, options: ContentCheckOptions): ContentProblem[] {
  // A front matter mistake is already reported by the loader.
  const schema = isDefaultLanguage(language) ? articleFrontMatterSchema : translatedArticleFrontMatterSchema;
  const frontMatter = schema.safeParse(split.data);
  if (!frontMatter.success) return [];
  const { lastReviewed, nextReview } = frontMatter.data;
  const line = fieldLine(source, 'nextReview');
  const problems: ContentProblem[] = [];
  const cycleProblem = reviewCycleProblem(lastReviewed, nextReview);
  if (cycleProblem) problems.push({ file, line, severity: 'error', message: cycleProblem });
  const reminder = reviewReminder(nextReview, options.today);
  if (reminder) {
    problems.push({ file, line, severity: reminder.overdue && !options.build ? 'error' : 'warning', message: reminder.message });
  }
  return problems;
}

/** One article file as the checks read it; split is undefined when its front matter cannot be read (the loader says why). */
interface ArticleFile {
  readonly file: string;
  readonly slug: string;
  readonly source: string;
  readonly split?: SplitMarkdown;
}

async function readArticleFile(filePath: string): Promise<ArticleFile> {
  const named = { file: displayPath(filePath), slug: path.basename(filePath, '.md') };
  // A file that cannot be read (a link, a folder, too large) is already reported by the loader.
  const content = await readContentFile(filePath);
  if (!('source' in content)) return { ...named, source: '' };
  const { source } = content;
  const read = { ...named, source };
  try {
    return { ...read, split: splitFrontMatter(source) };
  } catch (error) {
    if (error instanceof FrontMatterError) return read;
    throw error;
  }
}

/** What pairing a page with its translation reads: the file name and "translationOf". */
function translationFile({ file, slug, source, split }: ArticleFile): TranslationFile {
  const translationOf = (split?.data as { translationOf?: unknown } | undefined)?.translationOf;
  return typeof translationOf === 'string' ? { file, slug, translationOf, translationOfLine: fieldLine(source, 'translationOf') } : { file, slug };
}

function articleProblems({ file, source, split }: ArticleFile, language: Language, options: ContentCheckOptions): ContentProblem[] {
  if (!split) return [];
  const scale = readingScaleFor(language);
  const readingProblem = scale ? readingLevelProblem(file, split, scale) : undefined;
  const titleFinding = titleCharacterFinding(source, (split.data as { title?: unknown } | null)?.title);
  return [
    ...(readingProblem ? [readingProblem] : []),
    ...(titleFinding ? [{ file, severity: 'error' as const, ...titleFinding }] : []),
    ...reviewProblems(file, source, split, language, options),
  ];
}

/** The article with what the translation check reads from its file. */
function checkedArticle(article: Article, read: ArticleFile, split: SplitMarkdown): CheckedArticle {
  return {
    article,
    tree: parseMarkdown(split.body),
    bodyStartLine: split.bodyStartLine,
    lineOf: (field) => fieldLine(read.source, field),
  };
}

interface LanguageCheck {
  readonly language: Language;
  readonly files: readonly string[];
  readonly problems: readonly ContentProblem[];
  readonly translationFiles: readonly TranslationFile[];
  /** The articles with their files, once every file of the language could be read. */
  readonly checked?: readonly CheckedArticle[];
}

async function checkLanguage(contentDir: string, language: Language, languages: readonly Language[], options: ContentCheckOptions): Promise<LanguageCheck> {
  const folder = articleFolder(contentDir, language);
  let articleFiles: readonly string[];
  try {
    articleFiles = await listArticleFiles(contentDir, language, languages);
  } catch {
    const message = `the folder of the pages in ${languageNameIn(language, DEFAULT_LANGUAGE)} is missing. Create it with one translation of each English article.`;
    return { language, files: [], translationFiles: [], problems: [{ file: displayPath(folder), line: undefined, severity: 'error', message }] };
  }
  const read = await Promise.all(articleFiles.map(readArticleFile));
  const problems: ContentProblem[] = read.flatMap((entry) => articleProblems(entry, language, options));
  let articles: Article[] | undefined;
  try {
    articles = await loadArticles(contentDir, language, languages);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems.map((problem): ContentProblem => ({ ...splitProblem(problem), severity: 'error' })));
  }
  const byFile = new Map(read.map((entry) => [entry.file, entry]));
  const checked = articles?.flatMap((article) => {
    const entry = byFile.get(article.file);
    return entry?.split ? [checkedArticle(article, entry, entry.split)] : [];
  });
  return { language, files: articleFiles.map(displayPath), problems, translationFiles: read.map(translationFile), ...(checked && { checked }) };
}

function translationProblems(english: LanguageCheck, other: LanguageCheck, contentDir: string, options: ContentCheckOptions): ContentProblem[] {
  const folder = displayPath(articleFolder(contentDir, other.language));
  const unpaired = other.files.length === 0 ? [] : findUnpairedTranslations(english.translationFiles, other.translationFiles, folder);
  if (!english.checked || !other.checked) return unpaired;
  const drift = findTranslationDrift({
    english: english.checked,
    englishLanguage: english.language,
    translated: other.checked,
    language: other.language,
    states: Object.keys(US_STATES) as StateCode[],
    today: options.today,
    build: options.build ?? false,
  });
  return [...unpaired, ...drift];
}

function byFileThenLine(a: ContentProblem, b: ContentProblem): number {
  return a.file.localeCompare(b.file, 'en') || (a.line ?? 0) - (b.line ?? 0);
}

/**
 * Every problem in a content folder at once: what stops the build (front matter, headings,
 * images, links, availability, locations and contact data, the source file), reading level,
 * review dates, the example contact address, and whether the source file and editorial notes still match the clinic's article.
 */
export async function checkContent(options: ContentCheckOptions): Promise<ContentReport> {
  const contentDir = options.contentDir ?? CONTENT_DIR;
  const languages = options.languages ?? LANGUAGES;
  const [english, ...others] = await Promise.all(languages.map((language) => checkLanguage(contentDir, language, languages, options)));
  if (!english) throw new Error('checkContent needs at least one language.');
  const availabilityErrors = await loaderErrors(() => loadAvailability(contentDir));
  // The locations are checked against the availability data, so they wait until it is right.
  const checkLocations = availabilityErrors.length === 0;
  const locationErrors = checkLocations ? await loaderErrors(() => loadLocations(contentDir)) : [];
  const source = await sourceCheck(contentDir, options.sourceText ?? SOURCE_ARTICLE_TEXT);
  const contact = await contactCheck(contentDir);
  const problems = [
    ...english.problems,
    ...availabilityErrors,
    ...locationErrors,
    ...source.problems,
    ...contact.problems,
    ...others.flatMap((other) => [...other.problems, ...translationProblems(english, other, contentDir, options)]),
  ];
  const dataFiles = [AVAILABILITY_FILE, ...(checkLocations ? [LOCATIONS_FILE] : [])].map((name) => displayPath(path.join(contentDir, name)));
  const files = [...english.files, ...dataFiles, ...source.files, contact.file, ...others.flatMap((other) => other.files)];
  // Sorting is stable, so problems on the same line keep the order they were found in.
  return { folder: displayPath(contentDir), files, problems: problems.sort(byFileThenLine) };
}

function count(items: number, noun: string): string {
  return `${items} ${noun}${items === 1 ? '' : 's'}`;
}

/** "content/benefits.md:37: error: the link …": one problem as the editor sees it. */
export function formatProblem(problem: ContentProblem): string {
  return `${fileAt(problem.file, problem.line)}: ${problem.severity}: ${problem.message}`;
}

/** What `npm run check:content` prints: one line per problem, a blank line between files, then a summary. */
export function formatReport(report: ContentReport): string {
  const lines: string[] = [];
  let previousFile: string | undefined;
  for (const problem of report.problems) {
    if (previousFile !== undefined && problem.file !== previousFile) lines.push('');
    previousFile = problem.file;
    lines.push(formatProblem(problem));
  }
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
