import type { List, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Article } from '@/lib/content/articles';
import type { Problem } from '@/lib/content/problem';
import { englishSlugOf } from '@/lib/content/translations';
import type { Language } from '@/lib/i18n/language';
import { DEFAULT_LANGUAGE, languagePathPrefix } from '@/lib/i18n/languages';
import { fixedRoutes } from '@/lib/routes/fixed-routes';
import { pageIdsOf } from '@/lib/i18n/page-ids';
import { statePagePath } from '@/lib/routes/state-paths';
import type { StateCode } from '@/lib/i18n/us-states';
import { clipped } from '@/lib/content/text-rules';

/** An article with what the check reads from its file: the Markdown tree and where its fields are. */
export interface CheckedArticle {
  readonly article: Article;
  /** The body's Markdown tree. */
  readonly tree: Root;
  /** The line of the file the body starts on, so lines in the tree become lines in the file. */
  readonly bodyStartLine: number;
  /** The line of a front matter field in the file. */
  readonly lineOf: (field: string) => number | undefined;
}


/** What must be the same in a page and its translation: the sections, lists, tables and links. */
interface Outline {
  /** Each heading of the body (##, ### and below: a page has one #, its title) in order: its level and line. */
  readonly sections: readonly { readonly depth: number; readonly line: number | undefined }[];
  readonly bulletItems: number;
  readonly numberedItems: number;
  readonly tableRows: number;
  readonly links: readonly { readonly url: string; readonly line: number | undefined }[];
}

function outlineOf({ tree, bodyStartLine }: CheckedArticle): Outline {
  const lineOf = (node: { position?: { start: { line: number } } }) =>
    // Stryker disable next-line ConditionalExpression: every node remark parses from text has a position.
    node.position === undefined ? undefined : node.position.start.line + bodyStartLine - 1;
  const sections: { depth: number; line: number | undefined }[] = [];
  const links: { url: string; line: number | undefined }[] = [];
  let bulletItems = 0;
  let numberedItems = 0;
  let tableRows = 0;
  visit(tree, (node) => {
    if (node.type === 'heading') sections.push({ depth: node.depth, line: lineOf(node) });
    if (node.type === 'list') {
      if ((node as List).ordered) numberedItems += node.children.length;
      else bulletItems += node.children.length;
    }
    if (node.type === 'tableRow') tableRows += 1;
    if (node.type === 'link') links.push({ url: node.url, line: lineOf(node) });
  });
  return { sections, bulletItems, numberedItems, tableRows, links };
}

function plural(count: number, [one, many]: readonly [string, string]): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The counts that differ between a page and its translation, as sentences an editor can act on. */
function outlineProblems(english: CheckedArticle, englishOutline: Outline, translated: CheckedArticle, outline: Outline): Problem[] {
  const { file } = translated.article;
  const counts: [readonly [string, string], number, number][] = [
    [['section heading', 'section headings'], outline.sections.length, englishOutline.sections.length],
    [['bulleted list item', 'bulleted list items'], outline.bulletItems, englishOutline.bulletItems],
    [['numbered list item', 'numbered list items'], outline.numberedItems, englishOutline.numberedItems],
    [['table row', 'table rows'], outline.tableRows, englishOutline.tableRows],
    [['link', 'links'], outline.links.length, englishOutline.links.length],
  ];
  const problems = counts
    .filter(([, has, should]) => has !== should)
    .map(([noun, has, should]): Problem => ({
      file,
      line: undefined,
      severity: 'error',
      message: `the page has ${plural(has, noun)}, but ${english.article.file} has ${should}. Translate every part of the English page, and add none, so the two pages have the same outline.`,
    }));
  if (outline.sections.length === englishOutline.sections.length) {
    // Stryker disable next-line OptionalChaining: read only when both pages have as many sections.
    const index = outline.sections.findIndex((section, at) => section.depth !== englishOutline.sections[at]?.depth);
    const own = outline.sections[index];
    if (own) {
      const marks = (depth: number | undefined) => '#'.repeat(depth ?? 0);
      problems.push({
        file,
        line: own.line,
        severity: 'error',
        // Stryker disable next-line OptionalChaining: read only when both pages have as many sections.
        message: `section ${index + 1} is a ${marks(own.depth)} heading, but in ${english.article.file} it is a ${marks(englishOutline.sections[index]?.depth)}. Use the same heading levels as the English page.`,
      });
    }
  }
  return problems;
}

/**
 * Where each English address is in the other language: the articles by their pairs, and the
 * pages app/ makes (home, locations, every state) by their place. Section ids of an article
 * follow its headings in order; the template's ids are each language's own (lib/i18n/page-ids).
 */
function addressMap(
  pairs: ReadonlyMap<string, { english: Article; translated: Article }>,
  english: Language,
  translated: Language,
  states: readonly StateCode[],
): (url: string) => string | undefined {
  const pages = new Map<string, { path: string; ids?: Map<string, string> }>();
  pages.set(languagePathPrefix(english), { path: languagePathPrefix(translated) });
  pages.set(fixedRoutes(english).locations, { path: fixedRoutes(translated).locations });
  for (const { english: from, translated: to } of pairs.values()) {
    const ids = new Map(from.headings.map((heading, index) => [heading.id, to.headings[index]?.id ?? heading.id]));
    pages.set(from.path, { path: to.path, ids });
    // Stryker disable next-line ConditionalExpression: a link to a state page under a page with no list of states is refused by the link check before this runs.
    if (from.stateList) {
      for (const code of states) {
        pages.set(statePagePath(from.path, english.stateNames[code]), { path: statePagePath(to.path, translated.stateNames[code]) });
      }
    }
  }
  // A part the templates make has its id in each page's language: the English id becomes the translation's.
  const translatedIds = pageIdsOf(translated);
  const templateIds = new Map(pageIdsOf(english).map((id, index) => [id, translatedIds[index] ?? id]));
  return (url) => {
    // Stryker disable next-line Regex,MethodExpression: no address on this site has a colon after its first character, and the link check refuses an address starting with //.
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return url;
    // Stryker disable next-line StringLiteral: split always returns a first element.
    const [pathPart = '', hash] = url.split('#', 2);
    const page = pages.get(pathPart);
    if (!page) return undefined;
    if (hash === undefined) return page.path;
    // Stryker disable next-line OptionalChaining: the link check refuses a link to a section that does not exist before this runs.
    const id = templateIds.get(hash) ?? page.ids?.get(hash);
    // Stryker disable next-line ConditionalExpression: the link check refuses a link to a section that does not exist before this runs.
    return id === undefined ? undefined : `${page.path}#${id}`;
  };
}

function linkProblems(
  englishPage: CheckedArticle,
  englishOutline: Outline,
  translated: CheckedArticle,
  outline: Outline,
  translatedAddress: (url: string) => string | undefined,
  language: Language,
): Problem[] {
  const problems: Problem[] = [];
  englishOutline.links.forEach((link, index) => {
    const own = outline.links[index];
    // Stryker disable next-line ConditionalExpression: links are compared one by one only when both pages have as many.
    if (!own) return;
    // A link within the page is read against the page itself.
    const absolute = link.url.startsWith('#') ? `${englishPage.article.path}${link.url}` : link.url;
    const expected = translatedAddress(absolute);
    const ownAbsolute = own.url.startsWith('#') ? `${translated.article.path}${own.url}` : own.url;
    // Stryker disable next-line ConditionalExpression: the link check refuses a link to a page or section that does not exist, so every link of a checked pair has an address in the other language.
    if (expected === undefined) return;
    if (expected === ownAbsolute || expected === withCurrentIds(ownAbsolute, language)) return;
    problems.push({
      file: translated.article.file,
      line: own.line,
      severity: 'error',
      message: `link ${index + 1} points to "${clipped(own.url)}", but link ${index + 1} of ${englishPage.article.file} points to "${clipped(link.url)}", which is "${expected}" in this language. Point it there.`,
    });
  });
  return problems;
}

/**
 * A translation's link with the English id of a part the templates make (#topics) read as the
 * translation's own id (#temas): the page still answers to the English id, so either is right.
 */
function withCurrentIds(url: string, language: Language): string {
  const [pathPart = '', hash] = url.split('#', 2);
  const index = hash === undefined ? -1 : pageIdsOf(DEFAULT_LANGUAGE).indexOf(hash);
  return index === -1 ? url : `${pathPart}#${pageIdsOf(language)[index]}`;
}

/** An article file as far as pairing needs it, read even when the file has other problems. */
export interface TranslationFile {
  readonly file: string;
  /** The file name without .md. */
  readonly slug: string;
  /** What the front matter says it translates; undefined on an English page or when the field is missing. */
  readonly translationOf?: string;
  readonly translationOfLine?: number;
}

/**
 * Every English page has its translation and every translation names an English page, once.
 * Read from the files alone, so these are reported even while a page has other problems.
 */
export function findUnpairedTranslations(
  english: readonly TranslationFile[],
  translated: readonly TranslationFile[],
  folder: string,
): Problem[] {
  const englishSlugs = new Set(english.map((entry) => entry.slug));
  const claimed = new Map<string, TranslationFile>();
  const problems: Problem[] = [];
  for (const entry of translated) {
    const slug = entry.translationOf;
    if (slug === undefined) continue;
    const earlier = claimed.get(slug);
    if (!englishSlugs.has(slug)) {
      problems.push({
        file: entry.file,
        line: entry.translationOfLine,
        severity: 'error',
        message: `"translationOf" names "${clipped(slug)}", but there is no English article with that file name. Write the file name of the English page this page translates, without .md: ${[...englishSlugs].join(', ')}.`,
      });
    } else if (earlier) {
      problems.push({
        file: entry.file,
        line: entry.translationOfLine,
        severity: 'error',
        message: `"translationOf" names "${clipped(slug)}", which ${earlier.file} also translates. Each English page has one page in ${folder}/.`,
      });
    } else {
      claimed.set(slug, entry);
    }
  }
  for (const entry of english) {
    if (claimed.has(entry.slug)) continue;
    problems.push({
      file: entry.file,
      line: undefined,
      severity: 'error',
      message: `has no translation in ${folder}/. Add a page there with "translationOf: ${entry.slug}" in its front matter, translated from this one.`,
    });
  }
  return problems;
}

export interface TranslationCheck {
  readonly english: readonly CheckedArticle[];
  readonly englishLanguage: Language;
  readonly translated: readonly CheckedArticle[];
  readonly language: Language;
  readonly states: readonly StateCode[];
}

/**
 * What keeps a language's pages from drifting from the English ones, once both languages'
 * pages could be read: the same sections, lists, tables and links, each link to the same
 * place in this language. Whether a translation was made from the English text as it is now is
 * the review check's (reviews.ts).
 */
export function findTranslationDrift(check: TranslationCheck): Problem[] {
  const englishBySlug = new Map(check.english.map((entry) => [entry.article.slug, entry]));
  const pairs = new Map<string, { english: CheckedArticle; translated: CheckedArticle }>();
  for (const translated of check.translated) {
    const slug = englishSlugOf(translated.article);
    const english = englishBySlug.get(slug);
    if (english && !pairs.has(slug)) pairs.set(slug, { english, translated });
  }
  const articlePairs = new Map([...pairs].map(([slug, pair]) => [slug, { english: pair.english.article, translated: pair.translated.article }]));
  const translatedAddress = addressMap(articlePairs, check.englishLanguage, check.language, check.states);
  const problems: Problem[] = [];
  for (const { english, translated } of pairs.values()) {
    const englishOutline = outlineOf(english);
    const outline = outlineOf(translated);
    problems.push(...outlineProblems(english, englishOutline, translated, outline));
    // Links are matched by their place, which only means something when there are as many.
    if (outline.links.length === englishOutline.links.length) {
      problems.push(...linkProblems(english, englishOutline, translated, outline, translatedAddress, check.language));
    }
  }
  return problems;
}
