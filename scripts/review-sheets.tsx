import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { CatalogSheet, type SheetCatalog } from '../components/review-sheets/catalog-sheet';
import { ClinicalSheet } from '../components/review-sheets/clinical-sheet';
import { TranslationSheet } from '../components/review-sheets/translation-sheet';
import { loadArticles } from '../lib/content/articles';
import { CATALOG_FOLDER, catalogFileOf, catalogFingerprints, readCatalogMessages } from '../lib/content/catalog-fingerprints';
import { loadTraceFolder } from '../lib/content/traces';
import { englishSlugOf } from '../lib/content/translations';
import { DEFAULT_LANGUAGE, LANGUAGES, isDefaultLanguage } from '../lib/i18n/languages';

/** Printable sheets for reviewers: never published, so outside out/ and ignored by git. */
const SHEETS_DIR = path.join(process.cwd(), 'review-sheets');

async function writeSheet(relative: string, element: React.ReactElement): Promise<string> {
  const file = path.join(SHEETS_DIR, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `<!DOCTYPE html>${renderToStaticMarkup(element)}`, 'utf8');
  return path.relative(process.cwd(), file);
}

async function sheetCatalog(code: string): Promise<SheetCatalog> {
  const messages = await readCatalogMessages(CATALOG_FOLDER, code);
  const file = catalogFileOf(CATALOG_FOLDER, code);
  if (!messages) throw new Error(`${file} cannot be read as a catalog. Run npm run check:content and fix what it finds first.`);
  return { file, code, messages, fingerprints: catalogFingerprints(messages) };
}

async function writeSheets(): Promise<void> {
  const generated = new Date().toISOString().slice(0, 10);
  const [english, { traces }] = await Promise.all([loadArticles(undefined, DEFAULT_LANGUAGE, LANGUAGES), loadTraceFolder()]);
  const traceOf = new Map(traces.map((trace) => [trace.slug, trace]));
  await rm(SHEETS_DIR, { recursive: true, force: true });
  const written: string[] = [];
  for (const article of english) written.push(await writeSheet(`clinical/${article.slug}.html`, <ClinicalSheet article={article} trace={traceOf.get(article.slug)} generated={generated} />));
  const bySlug = new Map(english.map((article) => [article.slug, article]));
  for (const language of LANGUAGES.filter((candidate) => !isDefaultLanguage(candidate))) {
    for (const translated of await loadArticles(undefined, language, LANGUAGES)) {
      const source = bySlug.get(englishSlugOf(translated));
      if (source) written.push(await writeSheet(`translation/${language.code}/${translated.slug}.html`, <TranslationSheet english={source} translated={translated} generated={generated} />));
    }
    const [englishCatalog, translatedCatalog] = await Promise.all([sheetCatalog(DEFAULT_LANGUAGE.code), sheetCatalog(language.code)]);
    written.push(await writeSheet(`translation/${language.code}/interface-words.html`, <CatalogSheet english={englishCatalog} translated={translatedCatalog} generated={generated} />));
  }
  console.log(`Wrote ${written.length} review sheets into review-sheets/ (not published). Open one in a browser and print it:\n${written.join('\n')}`);
}

writeSheets().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
