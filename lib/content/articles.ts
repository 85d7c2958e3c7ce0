import path from 'node:path';
import type { Root } from 'mdast';
import { SLUG, articleFrontMatterSchema, translatedArticleFrontMatterSchema, type ArticleFrontMatter, type TranslatedArticleFrontMatter } from './article-schema';
import { findStructureProblems } from './article-structure';
import { pageBlocks, type Block } from './blocks';
import { listContentFolder, readContentFile } from './content-files';
import { TRACES_FOLDER, displayPath, publicDirFor } from './content-paths';
import { findFormerSectionIdProblems } from './former-section-ids';
import { findImageSourceProblems } from './image-sources';
import { ContentError } from './content-error';
import { errorAt, type Problem } from './problem';
import { fixedRoutes, reservedNames } from '@/lib/routes/fixed-routes';
import { FrontMatterError, splitFrontMatter, type SplitMarkdown } from './front-matter';
import { findBrokenLinks, type LinkTarget } from './internal-links';
import { findNestingProblems, scanNesting, type NestingProblem } from './markdown-depth';
import { parseMarkdown, renderMarkdown, type LinkInMarkdown, type RenderedMarkdown, type SectionContent, type SectionHeading } from './markdown';
import type { Language } from '@/lib/i18n/language';
import { DEFAULT_LANGUAGE, isDefaultLanguage, languagePathPrefix } from '@/lib/i18n/languages';
import { joinWithAnd } from '@/lib/i18n/lists';
import { pageId } from '@/lib/i18n/page-ids';
import { PAGE_IDS } from '@/lib/routes/page-ids';
import { allStatePagePaths } from '@/lib/routes/state-paths';
import { describeIssues, shown } from './zod-messages';
import { oncePerLanguage } from './once-per-folder';
import { clipped } from './text-rules';

/** Editors read the site's messages in English, whatever the language of the page. */
const MESSAGE_LOCALE = DEFAULT_LANGUAGE.locale;

/** The fields of a translation are there on a page in another language, never on an English one. */
export interface Article extends ArticleFrontMatter, Partial<Omit<TranslatedArticleFrontMatter, keyof ArticleFrontMatter>> {
  /** The language the page is written in: "en", "es". */
  readonly language: string;
  /** From the file name: after-effects.md → after-effects. */
  readonly slug: string;
  /** The page's URL path, in the site's one form: /after-effects/. */
  readonly path: string;
  /** The source file, as editors see it in messages. */
  readonly file: string;
  /** Sanitized HTML of the body. */
  readonly html: string;
  readonly headings: readonly SectionHeading[];
  /** What a review covers: the title, the description and each block of the body, with its line in the file and its fingerprint. */
  readonly blocks: readonly Block[];
  /** The section "contraindicationsSection" names: who should not have dry needling, its list and its words. */
  readonly contraindications?: SectionList;
  /** The section "adverseEffectsSection" names: what people may feel afterwards, its list and its words. */
  readonly adverseEffects?: SectionList;
}

/** A section with a list that structured data reads: the items, and everything the section says around them. */
export interface SectionList {
  readonly items: readonly string[];
  /** The section's words in one line, such as "… People with infections. This list is not complete." */
  readonly text: string;
}

interface ParsedArticle {
  readonly article: Article;
  /** Links with their line in the file (not in the body), as an editor counts lines. */
  readonly links: readonly LinkInMarkdown[];
  readonly read: ReadArticleFile;
}

/** A file that could not be turned into an article, and why. */
interface FailedArticle {
  readonly path: string | undefined;
  readonly problems: readonly Problem[];
}

/** One article file as the loader read it, kept for the content check even when the file has problems. */
export interface ArticleFile {
  /** The file, as editors see it in messages. */
  readonly file: string;
  /** From the file name: after-effects.md → after-effects. */
  readonly slug: string;
  /** Undefined when the file cannot be read or its front matter cannot be split: a problem says why. */
  readonly split?: SplitMarkdown;
  /** The body's Markdown tree; its lines are the body's, from split.bodyStartLine on. */
  readonly tree?: Root;
  /** The front matter, once it passed its schema. */
  readonly frontMatter?: ArticleFrontMatter | TranslatedArticleFrontMatter;
}

/** An article file read whole: split, its body parsed, its front matter checked. */
export type ReadArticleFile = ArticleFile & Required<Pick<ArticleFile, 'split' | 'tree' | 'frontMatter'>>;

/** A language's folder of articles as the loader read it. */
export interface ArticleFolder {
  /** Every article file, in file-name order. */
  readonly files: readonly ArticleFile[];
  /** The articles in reading order; every one of them only when there are no problems. */
  readonly articles: Article[];
  /** The same articles, each with its file as read. */
  readonly pages: readonly { readonly article: Article; readonly read: ReadArticleFile }[];
  readonly problems: readonly Problem[];
}

/** An article's address: /after-effects/, or /es/efectos-despues/ in another language. */
export function articlePath(language: Language, slug: string): string {
  return `${languagePathPrefix(language)}${slug}/`;
}

/** The ids a link can point at on the home page and on an article: the template's and the sections'. */
function homePageTarget(language: Language): LinkTarget {
  const names = ['mainContent', 'topics', 'therapistCallout'] as const;
  return { path: languagePathPrefix(language), ids: [...new Set(names.flatMap((name) => [pageId(name, language), PAGE_IDS[name]]))] };
}

function articleLinkTarget(article: Article, language: Language): LinkTarget {
  // The A–Z jump targets of the list of states are left out: nobody links to "states starting with N" from an article.
  const names = ['mainContent', 'therapistCallout', ...(article.stateList ? (['stateTable'] as const) : [])] as const;
  // Each part answers to its id in the page's language and to the English one links already sent use.
  const templateIds = new Set(names.flatMap((name) => [pageId(name, language), PAGE_IDS[name]]));
  // A section answers to the ids it had before its heading's words changed, as the template's parts do.
  const formerIds = Object.values(article.formerSectionIds ?? {}).flat();
  return { path: article.path, ids: [...article.headings.map((heading) => heading.id), ...formerIds, ...templateIds] };
}

type SectionListField = 'contraindicationsSection' | 'adverseEffectsSection';

/** The list and words of the section a front matter field names, or why they cannot be read. */
function sectionList(
  file: string,
  field: SectionListField,
  id: string | undefined,
  rendered: RenderedMarkdown,
  line: number | undefined,
): { list: SectionList } | { problem: Problem } | { none: true } {
  // Stryker disable next-line ObjectLiteral,BooleanLiteral: its callers ask only whether a list or a problem is there.
  if (id === undefined) return { none: true };
  const section: SectionContent | undefined = rendered.sections.get(id);
  if (section === undefined) {
    const ids = rendered.headings.map((heading) => heading.id).join(', ') || 'none';
    return { problem: errorAt(file, line, `"${field}" names a section ${shown(id)} that this article does not have. Its sections: ${ids}.`) };
  }
  if (section.listItems.length === 0) {
    return {
      problem: errorAt(file, line, `"${field}" names the section "${id}", but it has no bulleted list. Search engines read the list from there: add one, or name the section that has it.`),
    };
  }
  return { list: { items: section.listItems, text: section.text } };
}

/** Pages built from the data files, not from an article: links to them are checked, their sections are not. */
function dataPageTargets(articles: readonly Article[], language: Language): LinkTarget[] {
  const stateList = articles.find((article) => article.stateList);
  // Stryker disable next-line ArrayDeclaration: a link target no link can point to changes nothing.
  const statePages = stateList ? allStatePagePaths(stateList.path, language) : [];
  return [{ path: fixedRoutes(language).locations }, ...statePages.map((pagePath) => ({ path: pagePath, listed: false }))];
}

function parseFrontMatter(language: Language, data: unknown) {
  return isDefaultLanguage(language) ? articleFrontMatterSchema.safeParse(data) : translatedArticleFrontMatterSchema.safeParse(data);
}

/** Nesting problems found in a body, at the lines of its file. */
function nestingErrors(file: string, problems: readonly NestingProblem[], bodyStartLine: number): Problem[] {
  return problems.map(({ line, message }) => errorAt(file, line + bodyStartLine - 1, message));
}

type ArticleFileRead =
  | { readonly read: ArticleFile; readonly problems: readonly Problem[] }
  | { readonly read: ReadArticleFile };

/** The file's text split into front matter and body, its body's tree and its checked front matter, or the problems that stop that. */
async function readArticleFile(filePath: string, language: Language): Promise<ArticleFileRead> {
  const named = { file: displayPath(filePath), slug: path.basename(filePath, '.md') };
  const content = await readContentFile(filePath);
  if ('problem' in content) return { read: named, problems: [content.problem] };
  if ('missing' in content) return { read: named, problems: [errorAt(named.file, undefined, 'the file disappeared while it was being read. Run the check again.')] };
  let split;
  try {
    split = splitFrontMatter(content.source);
  } catch (error) {
    // Stryker disable next-line ConditionalExpression: splitFrontMatter throws nothing else.
    if (!(error instanceof FrontMatterError)) throw error;
    return { read: named, problems: [errorAt(named.file, error.line, error.message)] };
  }
  // Too deep a nesting overflows the stack of every step that reads the tree, so it is refused before the text is parsed.
  const tooDeep = scanNesting(split.body);
  if (tooDeep.length > 0) return { read: { ...named, split }, problems: nestingErrors(named.file, tooDeep, split.bodyStartLine) };
  const read = { ...named, split, tree: parseMarkdown(split.body) };
  const frontMatter = parseFrontMatter(language, split.data);
  if (!frontMatter.success) return { read, problems: describeIssues(named.file, frontMatter.error, { lineOf: split.lineOf }) };
  return { read: { ...read, frontMatter: frontMatter.data } };
}

async function parseArticle(filePath: string, publicDir: string, language: Language): Promise<{ read: ArticleFile; outcome: ParsedArticle | FailedArticle }> {
  const fileRead = await readArticleFile(filePath, language);
  const { read } = fileRead;
  const { file, slug } = read;
  const refused = (outcome: FailedArticle) => ({ read, outcome });
  if (!SLUG.test(slug)) {
    return refused({
      path: undefined,
      problems: [
        errorAt(file, undefined, 'the file name becomes the page address, so it must use only lowercase letters, numbers and single hyphens, like after-effects.md.'),
      ],
    });
  }
  const takenBy = reservedNames(language).get(slug);
  if (takenBy !== undefined) {
    return refused({ path: undefined, problems: [errorAt(file, undefined, `the name "${slug}" belongs to ${takenBy}, which the site makes itself. Give the file another name.`)] });
  }
  const failed = (problems: readonly Problem[]) => refused({ path: articlePath(language, slug), problems });
  if ('problems' in fileRead) return failed(fileRead.problems);
  const whole = fileRead.read;
  const { split, tree, frontMatter } = whole;

  // Stryker disable next-line ConditionalExpression: every node remark parses from text has a line; the test is for the type.
  const toFileLine = (line: number | undefined) => (line === undefined ? undefined : line + split.bodyStartLine - 1);
  const structureProblems = [
    ...nestingErrors(file, findNestingProblems(tree), split.bodyStartLine),
    ...findStructureProblems(file, tree, toFileLine),
    ...findImageSourceProblems(file, tree, toFileLine, publicDir),
  ];
  if (structureProblems.length > 0) return failed(structureProblems);

  const rendered = await renderMarkdown(split.body, language, frontMatter.formerSectionIds);
  const formerIdProblems = findFormerSectionIdProblems(file, frontMatter.formerSectionIds, rendered.headings, language, split.lineOf);
  if (formerIdProblems.length > 0) return failed(formerIdProblems);
  const listed = (field: SectionListField) => sectionList(file, field, frontMatter[field], rendered, split.lineOf([field]));
  const contraindications = listed('contraindicationsSection');
  const adverseEffects = listed('adverseEffectsSection');
  const listProblems = [contraindications, adverseEffects].flatMap((result) => ('problem' in result ? [result.problem] : []));
  if (listProblems.length > 0) return failed(listProblems);
  return {
    read,
    outcome: {
      article: {
        ...frontMatter,
        slug,
        language: language.code,
        path: articlePath(language, slug),
        file,
        html: rendered.html,
        headings: rendered.headings,
        blocks: pageBlocks(frontMatter, { title: split.lineOf(['title']), description: split.lineOf(['description']) }, tree, toFileLine),
        ...('list' in contraindications && { contraindications: contraindications.list }),
        ...('list' in adverseEffects && { adverseEffects: adverseEffects.list }),
      },
      links: rendered.links.map((link) => ({ ...link, line: toFileLine(link.line) })),
      read: whole,
    },
  };
}

/** Each article after the first one with the same key, paired with that first one. */
function repeats<Key>(articles: readonly Article[], keyOf: (article: Article) => Key): [Article, Article][] {
  const seen = new Map<Key, Article>();
  const pairs: [Article, Article][] = [];
  for (const article of articles) {
    const key = keyOf(article);
    const first = seen.get(key);
    if (first) pairs.push([article, first]);
    else seen.set(key, article);
  }
  return pairs;
}

function findRepeatedOrders(articles: readonly Article[]): Problem[] {
  return repeats(articles, (article) => article.order).map(([article, other]) =>
    errorAt(article.file, undefined, `"order" ${article.order} is also used by ${other.file}. Give each article its own number.`),
  );
}

/** Search results and the topic list show titles and descriptions: two the same cannot be told apart. */
function findRepeatedText(articles: readonly Article[], field: 'title' | 'description'): Problem[] {
  return repeats(articles, (article) => article[field].toLowerCase()).map(([article, other]) =>
    errorAt(article.file, undefined, `"${field}" is the same as in ${other.file}. Give each article its own ${field}, so readers can tell them apart.`),
  );
}

/** Old addresses must each lead to one article and never hide a page that exists. */
function findAliasProblems(articles: readonly Article[]): Problem[] {
  const slugs = new Map(articles.map((article) => [article.slug, article]));
  const claimed = new Map<string, Article>();
  const problems: Problem[] = [];
  for (const article of articles) {
    for (const alias of article.aliases ?? []) {
      const where = '"aliases"';
      const report = (message: string) => problems.push(errorAt(article.file, undefined, message));
      const page = slugs.get(alias);
      const earlier = claimed.get(alias);
      if (page === article) {
        report(`${where} lists "${clipped(alias)}", which is this article's own address. Remove it from the list.`);
      } else if (page) {
        report(`${where} lists "${clipped(alias)}", but /${alias}/ is the address of ${page.file}. An old address cannot point away from a page that exists; remove it.`);
      } else if (reservedNames(DEFAULT_LANGUAGE).has(alias)) {
        report(`${where} lists "${clipped(alias)}", but that name belongs to ${reservedNames(DEFAULT_LANGUAGE).get(alias)}, which the site makes itself. Remove it.`);
      } else if (earlier) {
        report(
          earlier === article
            ? `${where} lists "${clipped(alias)}" twice. Keep one.`
            : `${where} lists "${clipped(alias)}", which ${earlier.file} also lists. An old address can lead to one article only; remove it from one of them.`,
        );
      } else {
        claimed.set(alias, article);
      }
    }
  }
  return problems;
}

/** Structured data describes dry needling once, so each list comes from one article. */
function checkOneSectionListPage(folder: string, articles: readonly Article[], field: SectionListField): Problem[] {
  const pages = articles.filter((article) => article[field] !== undefined);
  if (pages.length <= 1) return [];
  // The message names every file that has it, so it is tied to their folder, not to one of them.
  return [errorAt(folder, undefined, `${joinWithAnd(pages.map((page) => page.file), MESSAGE_LOCALE)} all have "${field}". Only one article may have it; remove it from the others.`)];
}

function checkOneStateListPage(folder: string, articles: readonly Article[]): Problem[] {
  const pages = articles.filter((article) => article.stateList);
  if (pages.length === 1) return [];
  if (pages.length === 0) {
    return [
      errorAt(folder, undefined, 'no article shows the list of states. Add "stateList: true" to the front matter of the article about where dry needling is offered.'),
    ];
  }
  const files = joinWithAnd(pages.map((page) => page.file), MESSAGE_LOCALE);
  return [
    errorAt(
      folder,
      undefined,
      `only one article may show the list of states, but ${files} ${pages.length === 2 ? 'both' : 'all'} have "stateList: true". Remove it from all but one.`,
    ),
  ];
}

/** Where a language's articles are: content/ for English, content/es/ for Spanish. */
export function articleFolder(contentDir: string, language: Language): string {
  return isDefaultLanguage(language) ? contentDir : path.join(contentDir, language.code);
}

/** A language's folder; in content/ itself, the other languages' folders and the trace files' folder are theirs, not stray files. */
function listLanguageFolder(contentDir: string, language: Language, languages: readonly Language[]) {
  const ownFolders = isDefaultLanguage(language) ? [...languages.filter((other) => !isDefaultLanguage(other)).map((other) => other.code), TRACES_FOLDER] : [];
  return listContentFolder(articleFolder(contentDir, language), ownFolders);
}

async function readArticleFolder(contentDir: string, language: Language, languages: readonly Language[]): Promise<ArticleFolder> {
  const { articleFiles: filePaths, problems: folderProblems } = await listLanguageFolder(contentDir, language, languages);
  const read = await Promise.all(filePaths.map((filePath) => parseArticle(filePath, publicDirFor(contentDir), language)));
  const results = read.map(({ outcome }) => outcome);

  const failures = results.filter((result): result is FailedArticle => 'problems' in result);
  const parsed = results.filter((result): result is ParsedArticle => 'article' in result);
  const articles = parsed.map(({ article }) => article);
  const folder = displayPath(articleFolder(contentDir, language));
  const problems: Problem[] = [...folderProblems, ...failures.flatMap((failure) => failure.problems)];

  // A page whose file has a problem still exists for links; its sections are unknown until it is fixed.
  const linkable = parsed.map(({ article, links }) => ({ article, links, target: articleLinkTarget(article, language) }));
  const targets: LinkTarget[] = [
    homePageTarget(language),
    ...linkable.map(({ target }) => target),
    ...dataPageTargets(articles, language),
    // Stryker disable next-line ConditionalExpression,ArrayDeclaration: a link target no link can point to changes nothing.
    ...failures.flatMap((failure) => (failure.path === undefined ? [] : [{ path: failure.path }])),
  ];
  for (const { article, links, target } of linkable) {
    problems.push(...findBrokenLinks(article.file, links, target, targets));
  }
  if (filePaths.length === 0) {
    // A folder refused as a whole (a link) has that one problem, not a missing article as well.
    if (!folderProblems.some((problem) => problem.file === folder)) {
      problems.push(errorAt(folder, undefined, 'there are no articles. Add a Markdown file such as what-is-dry-needling.md.'));
    }
  } else if (failures.length === 0) {
    // Checks across articles only make sense once every article could be read.
    problems.push(
      ...findRepeatedOrders(articles),
      ...findRepeatedText(articles, 'title'),
      ...findRepeatedText(articles, 'description'),
      ...checkOneStateListPage(folder, articles),
      ...findAliasProblems(articles),
      ...checkOneSectionListPage(folder, articles, 'contraindicationsSection'),
      ...checkOneSectionListPage(folder, articles, 'adverseEffectsSection'),
    );
  }
  const pages = parsed.map(({ article, read: file }) => ({ article, read: file })).sort((a, b) => a.article.order - b.article.order);
  return { files: read.map((file) => file.read), articles: pages.map(({ article }) => article), pages, problems };
}

/** A language's article files, each read, checked and rendered once per build, with every problem found. */
export const loadArticleFolder = oncePerLanguage(readArticleFolder);

/**
 * Every article in reading order, however many pages list it. Throws a ContentError naming
 * every problem at once.
 */
export async function loadArticles(contentDir?: string, language?: Language, languages?: readonly Language[]): Promise<Article[]> {
  const folder = await loadArticleFolder(contentDir, language, languages);
  if (folder.problems.length > 0) throw new ContentError(folder.problems);
  return folder.articles;
}

/** The article that lists every state: where the availability notice sends readers. */
export function findAvailabilityArticle(articles: readonly Article[]): Article {
  const article = articles.find((candidate) => candidate.stateList);
  if (!article) throw new Error('No article has "stateList: true".');
  return article;
}

/** The articles before and after this one in reading order, for "previous / next" links. */
export function neighbours(articles: readonly Article[], slug: string): { previous?: Article; next?: Article } {
  const index = articles.findIndex((article) => article.slug === slug);
  if (index === -1) return {};
  return { previous: articles[index - 1], next: articles[index + 1] };
}
