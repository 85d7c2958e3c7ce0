import path from 'node:path';
import { articleFrontMatterSchema } from '@/lib/content/article-schema';
import { listArticleFiles, loadArticles } from '@/lib/content/articles';
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
import { editorialStandards } from '@/lib/content/editorial-standards';
import { FrontMatterError, splitFrontMatter, type SplitMarkdown } from '@/lib/content/front-matter';
import { parseMarkdown } from '@/lib/content/markdown';
import { loadEditorialNotes } from '@/lib/content/editorial-notes';
import { loadSourceArticle } from '@/lib/content/source-article';
import { fieldLine } from './field-line';
import { hardestSentences, readingLevel, type ScoredSentence } from './readability';
import { sourceProblems } from './source-check';
import { reviewCycleProblem, reviewReminder } from './review-schedule';

const { readingGradeLimit, readingGradeTarget } = editorialStandards;

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

function describeSentence(sentence: ScoredSentence): string {
  return `line ${sentence.line} "${opening(sentence.text)}" (grade ${sentence.grade.toFixed(1)})`;
}

function readingLevelProblem(file: string, split: SplitMarkdown): ContentProblem | undefined {
  const level = readingLevel(parseMarkdown(split.body));
  // Compared as shown, so a page never "reads at grade 6.0" and still gets a warning for it.
  const shownGrade = Math.round(level.grade * 10) / 10;
  if (shownGrade <= readingGradeTarget) return undefined;
  const toFileLine = (sentence: ScoredSentence): ScoredSentence =>
    sentence.line === undefined ? sentence : { ...sentence, line: sentence.line + split.bodyStartLine - 1 };
  const hardest = hardestSentences(level, 3).map(toFileLine);
  const overLimit = shownGrade > readingGradeLimit;
  const rule = overLimit
    ? `patient pages must be grade ${readingGradeLimit.toFixed(1)} or lower`
    : `the target is grade ${readingGradeTarget.toFixed(1)} or lower`;
  return {
    file,
    line: hardest[0]?.line,
    severity: overLimit ? 'error' : 'warning',
    message: `the page reads at US school grade ${shownGrade.toFixed(1)}; ${rule}. Use shorter sentences and everyday words, starting with the hardest: ${hardest.map(describeSentence).join(', ')}.`,
  };
}

function reviewProblems(file: string, source: string, split: SplitMarkdown, options: ContentCheckOptions): ContentProblem[] {
  // A front matter mistake is already reported by the loader.
  const frontMatter = articleFrontMatterSchema.safeParse(split.data);
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

async function articleProblems(filePath: string, options: ContentCheckOptions): Promise<ContentProblem[]> {
  const file = displayPath(filePath);
  // A file that cannot be read is already reported by the loader.
  const read = await readContentFile(filePath);
  if (!('source' in read)) return [];
  const { source } = read;
  let split;
  try {
    split = splitFrontMatter(source);
  } catch (error) {
    if (error instanceof FrontMatterError) return [];
    throw error;
  }
  const readingProblem = readingLevelProblem(file, split);
  return [...(readingProblem ? [readingProblem] : []), ...reviewProblems(file, source, split, options)];
}

function byFileThenLine(a: ContentProblem, b: ContentProblem): number {
  return a.file.localeCompare(b.file, 'en') || (a.line ?? 0) - (b.line ?? 0);
}

/**
 * Every problem in a content folder at once: what stops the build (front matter, headings,
 * images, links, availability and locations data, the source file), reading level, review
 * dates, and whether the source file and editorial notes still match the clinic's article.
 */
export async function checkContent(options: ContentCheckOptions): Promise<ContentReport> {
  const contentDir = options.contentDir ?? CONTENT_DIR;
  const articleFiles = await listArticleFiles(contentDir);
  const perArticle = await Promise.all(articleFiles.map((filePath) => articleProblems(filePath, options)));
  const availabilityErrors = await loaderErrors(() => loadAvailability(contentDir));
  // The locations are checked against the availability data, so they wait until it is right.
  const checkLocations = availabilityErrors.length === 0;
  const locationErrors = checkLocations ? await loaderErrors(() => loadLocations(contentDir)) : [];
  const source = await sourceCheck(contentDir, options.sourceText ?? SOURCE_ARTICLE_TEXT);
  const problems = [
    ...(await loaderErrors(() => loadArticles(contentDir))),
    ...availabilityErrors,
    ...locationErrors,
    ...source.problems,
    ...perArticle.flat(),
  ];
  const dataFiles = [AVAILABILITY_FILE, ...(checkLocations ? [LOCATIONS_FILE] : [])].map((name) => path.join(contentDir, name));
  const files = [...[...articleFiles, ...dataFiles].map(displayPath), ...source.files];
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
