// Runs after `next build`: removes the client runtime and the extra copies of the 404 page from
// out/, writes each page's own policy into it, then writes the host configs and the precompressed
// files. See lib/hosting/exported-page.ts and lib/hosting/security-headers.ts.
import { cpSync, existsSync, readFileSync, readdirSync, renameSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { EXPORT_BEFORE_STRIP_DIR, NOT_FOUND_COPIES, OUT_DIR, SERVE_CONFIG_FILE, listFiles } from '@/lib/hosting/build-paths';
import { isTextFile } from '@/lib/hosting/content-types';
import { renderHeadersFile } from '@/lib/hosting/headers-file';
import { serveConfig } from '@/lib/hosting/serve-config';
import { finishExportedPage } from '@/lib/hosting/exported-page';
import { isClientNavigationPayload } from '@/lib/hosting/strip-runtime';
import { LANGUAGES, isDefaultLanguage } from '@/lib/i18n/languages';
import { notFoundFile, notFoundRoute } from '@/lib/site/page-address';

const outFile = (relative: string) => path.join(OUT_DIR, relative);

function keepUnstrippedCopy(): void {
  rmSync(EXPORT_BEFORE_STRIP_DIR, { recursive: true, force: true });
  cpSync(OUT_DIR, EXPORT_BEFORE_STRIP_DIR, { recursive: true });
}

/**
 * Each translated language's not-found page is rendered at /es/404/ and becomes /es/404.html,
 * the file hosts serve for a missing address under /es/ (English keeps Next's own 404.html).
 */
function moveTranslatedNotFoundPages(): void {
  for (const language of LANGUAGES.filter((candidate) => !isDefaultLanguage(candidate))) {
    const rendered = outFile(`${notFoundRoute(language).slice(1)}index.html`);
    if (!existsSync(rendered)) throw new Error(`The not-found page for ${language.code} was not rendered at ${rendered}.`);
    renameSync(rendered, outFile(notFoundFile(language)));
  }
}

function finishPages(): void {
  for (const file of listFiles(OUT_DIR).filter((name) => name.endsWith('.html'))) {
    writeFileSync(outFile(file), finishExportedPage(readFileSync(outFile(file), 'utf8')));
  }
}

/** The 404 page's extra copies, navigation payloads, and every script no remaining file refers to. */
function removeUnusedFiles(): void {
  for (const file of NOT_FOUND_COPIES) rmSync(outFile(file), { force: true });
  const files = listFiles(OUT_DIR);
  for (const file of files.filter((name) => isClientNavigationPayload(path.posix.basename(name)))) rmSync(outFile(file));
  const references = listFiles(OUT_DIR)
    .filter((name) => isTextFile(name) && !name.endsWith('.js'))
    .map((name) => readFileSync(outFile(name), 'utf8'))
    .join('\n');
  for (const file of files.filter((name) => name.endsWith('.js') && !references.includes(`/${name}`))) rmSync(outFile(file));
  removeEmptyFolders(OUT_DIR);
}

function removeEmptyFolders(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) removeEmptyFolders(path.join(dir, entry.name));
  }
  if (dir !== OUT_DIR && readdirSync(dir).length === 0) rmdirSync(dir);
}

function writeHostConfigs(): void {
  writeFileSync(outFile('_headers'), renderHeadersFile());
  writeFileSync(SERVE_CONFIG_FILE, `${JSON.stringify(serveConfig(), null, 2)}\n`);
}

/** nginx's gzip_static serves these to clients that accept gzip, with no compression per request. */
function precompress(): void {
  for (const file of listFiles(OUT_DIR).filter(isTextFile)) {
    writeFileSync(`${outFile(file)}.gz`, gzipSync(readFileSync(outFile(file)), { level: constants.Z_BEST_COMPRESSION }));
  }
}

keepUnstrippedCopy();
moveTranslatedNotFoundPages();
finishPages();
removeUnusedFiles();
writeHostConfigs();
precompress();
console.log(`Removed the client runtime from ${path.relative(process.cwd(), OUT_DIR)}/ and wrote _headers, .gz files and ${path.basename(SERVE_CONFIG_FILE)}.`);
