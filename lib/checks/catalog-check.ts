import path from 'node:path';
import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import { readTextFile, type FilePlace } from '@/lib/content/content-files';
import { CATALOG_FOLDER, catalogFileOf } from '@/lib/content/catalog-fingerprints';
import { displayPath } from '@/lib/content/content-paths';
import { errorAt, type Problem } from '@/lib/content/problem';
import type { Language } from '@/lib/i18n/language';
import { DEFAULT_LANGUAGE } from '@/lib/i18n/languages';
import { messageShape, type MessageShape } from '@/lib/i18n/message-syntax';

/** The catalogs' folder as messages name it, and what to do with a catalog too large to be one. */
function catalogPlace(catalogDir: string): FilePlace {
  return { folder: `${displayPath(catalogDir)}/`, tooLargeAdvice: 'A catalog holds short interface messages: check that nothing else was pasted into it.' };
}

/** One catalog as its file has it: each message with the line its key is on. */
export interface ReadCatalog {
  readonly file: string;
  readonly language: Language;
  readonly entries: ReadonlyMap<string, { readonly text: string; readonly line: number }>;
}

/** Every catalog the check read, and what it found wrong. */
export interface CatalogCheck {
  readonly files: readonly string[];
  readonly problems: readonly Problem[];
  /** The catalogs that could be read, English first when it could. */
  readonly catalogs: readonly ReadCatalog[];
}

function catalogFile(catalogDir: string, language: Language): string {
  return path.join(catalogDir, `${language.code}.json`);
}

/** The messages of a catalog with their lines, read as YAML (which JSON is) for the positions; or why it cannot be read. */
function parseCatalog(file: string, source: string, language: Language): ReadCatalog | Problem[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, uniqueKeys: false });
  if (document.errors.length > 0) {
    return document.errors.map((error) =>
      errorAt(file, lineCounter.linePos(error.pos[0]).line, `is not valid JSON here (${error.message.split('\n')[0]}). A catalog is one object of "key": "message" pairs, each pair but the last followed by a comma.`),
    );
  }
  if (!isMap(document.contents)) return [errorAt(file, 1, 'must be one JSON object of "key": "message" pairs, in { }.')];
  const entries = new Map<string, { text: string; line: number }>();
  const problems: Problem[] = [];
  for (const pair of document.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const line = lineCounter.linePos(isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0).line;
    if (entries.has(key)) problems.push(errorAt(file, line, `"${key}" is here twice (also line ${entries.get(key)?.line}). Keep one of them.`));
    else if (!isScalar(pair.value) || typeof pair.value.value !== 'string') problems.push(errorAt(file, line, `"${key}" must be a message in double quotes.`));
    else entries.set(key, { text: pair.value.value, line });
  }
  return problems.length > 0 ? problems : { file, language, entries };
}

/** What to do about a missing catalog: translate the English one, or put the English one back. */
function missingAdvice(catalogDir: string, language: Language): string {
  const englishFile = catalogFileOf(catalogDir, DEFAULT_LANGUAGE.code);
  if (language.code === DEFAULT_LANGUAGE.code) return `is missing: it holds the site's words in English, which every other catalog translates. Put it back, for example with git restore ${englishFile}.`;
  return `is missing: every language of the site needs its catalog. Copy ${englishFile} here and translate each message.`;
}

async function readCatalog(catalogDir: string, language: Language): Promise<ReadCatalog | Problem[]> {
  const filePath = catalogFile(catalogDir, language);
  const file = displayPath(filePath);
  const read = await readTextFile(filePath, catalogPlace(catalogDir));
  if ('missing' in read) return [errorAt(file, undefined, missingAdvice(catalogDir, language))];
  if ('problem' in read) return [read.problem];
  return parseCatalog(file, read.source, language);
}

const SYNTAX_ADVICE: Readonly<Record<string, string>> = {
  EXPECT_ARGUMENT_CLOSING_BRACE: 'a { has no matching }',
  UNMATCHED_CLOSING_TAG: 'a closing tag such as </link> has no opening tag',
  UNCLOSED_TAG: 'a tag such as <link> is not closed with </link>',
  MISSING_OTHER_CLAUSE: 'a plural or select has no "other {…}" form',
  EMPTY_ARGUMENT: 'a placeholder is empty: {}',
};

/** The shape of a message, or the problem with its ICU syntax. */
function shapeOf(catalog: ReadCatalog, key: string, text: string, line: number): MessageShape | Problem {
  try {
    return messageShape(text);
  } catch (error) {
    const kind = error instanceof Error ? error.message : String(error);
    const what = SYNTAX_ADVICE[kind] ?? `the ICU parser says ${kind}`;
    return errorAt(catalog.file, line, `"${key}" is not a valid ICU message: ${what}. Copy the braces, tags and "#" of the English message exactly; translate only the words.`);
  }
}

function listed(names: readonly string[]): string {
  return names.map((name) => `{${name}}`).join(', ');
}

/** Each plural of a message must give a form for every plural category the language has (CLDR): "one" and "other" in Spanish. */
function pluralProblems(catalog: ReadCatalog, key: string, shape: MessageShape, line: number): Problem[] {
  const needed = new Intl.PluralRules(catalog.language.locale).resolvedOptions().pluralCategories;
  return shape.plurals.flatMap((plural) => {
    const missing = needed.filter((category) => !plural.categories.includes(category));
    if (missing.length === 0) return [];
    const forms = missing.map((category) => `"${category} {…}"`).join(' and ');
    const noun = missing.length === 1 ? 'form' : 'forms';
    return [
      errorAt(catalog.file, line, `"${key}": the plural of {${plural.name}} has no ${forms} ${noun}. ${catalog.language.name} (${catalog.language.locale}) needs ${needed.join(', ')}: add ${forms}.`),
    ];
  });
}

/** A translation must use the English message's placeholders and tags, no more and no fewer. */
function placeholderProblems(catalog: ReadCatalog, key: string, shape: MessageShape, english: MessageShape, line: number): Problem[] {
  const missing = [...english.placeholders.keys()].filter((name) => !shape.placeholders.has(name));
  const extra = [...shape.placeholders.keys()].filter((name) => !english.placeholders.has(name));
  const problems: Problem[] = [];
  if (missing.length > 0) problems.push(errorAt(catalog.file, line, `"${key}" does not have ${listed(missing)}, which the English message has. Put it where the sentence needs it.`));
  if (extra.length > 0) {
    const allowed = listed([...english.placeholders.keys()]);
    const fix = allowed ? `Use only ${allowed}.` : `The English message has no placeholders: write the words in place of ${listed(extra)}.`;
    problems.push(errorAt(catalog.file, line, `"${key}" has ${listed(extra)}, which the English message does not have. ${fix}`));
  }
  return problems;
}

/** A catalog's keys against the English catalog's: each missing one named after the key it follows in English, each extra one at its line. */
function keyProblems(catalog: ReadCatalog, english: ReadCatalog): Problem[] {
  const englishKeys = [...english.entries.keys()];
  const missing = englishKeys.flatMap((key, index) => {
    if (catalog.entries.has(key)) return [];
    const before = englishKeys.slice(0, index).reverse().find((earlier) => catalog.entries.has(earlier));
    const line = before === undefined ? 1 : catalog.entries.get(before)?.line;
    const where = before === undefined ? 'at the start' : `after "${before}"`;
    return [errorAt(catalog.file, line, `"${key}" is missing. Add it ${where}, translated from ${english.file}:${english.entries.get(key)?.line}.`)];
  });
  const extra = [...catalog.entries].flatMap(([key, { line }]) =>
    english.entries.has(key) ? [] : [errorAt(catalog.file, line, `"${key}" is not in ${english.file}, so no page shows it. Check its spelling against the English key, or delete it.`)],
  );
  return [...missing, ...extra];
}

function messageProblems(catalog: ReadCatalog, english: ReadCatalog | undefined): Problem[] {
  return [...catalog.entries].flatMap(([key, { text, line }]) => {
    const shape = shapeOf(catalog, key, text, line);
    if ('severity' in shape) return [shape];
    // English is compared with itself too, which finds nothing.
    const englishEntry = english?.entries.get(key);
    const englishShape = englishEntry === undefined ? undefined : shapeOf(english as ReadCatalog, key, englishEntry.text, englishEntry.line);
    const compared = englishShape === undefined || 'severity' in englishShape ? [] : placeholderProblems(catalog, key, shape, englishShape, line);
    return [...pluralProblems(catalog, key, shape, line), ...compared];
  });
}

/**
 * Every language's catalog (lib/i18n/messages/<code>.json), the first language's (English) the
 * reference: the same keys in each, the same placeholders and tags in each message, a form for
 * every plural category the language needs, and messages ICU can read.
 */
export async function checkCatalogs(languages: readonly Language[], catalogDir: string = CATALOG_FOLDER): Promise<CatalogCheck> {
  const read = await Promise.all(languages.map((language) => readCatalog(catalogDir, language)));
  const files = languages.map((language) => catalogFileOf(catalogDir, language.code));
  const englishCatalog = Array.isArray(read[0]) ? undefined : read[0];
  const problems = read.flatMap((catalog) => {
    if (Array.isArray(catalog)) return catalog;
    const keys = englishCatalog === undefined ? [] : keyProblems(catalog, englishCatalog);
    return [...keys, ...messageProblems(catalog, englishCatalog)];
  });
  return { files, problems, catalogs: read.filter((catalog): catalog is ReadCatalog => !Array.isArray(catalog)) };
}
