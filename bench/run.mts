// Prints what the built site costs and how it holds up: bytes per page, a load run against nginx
// and the local preview server, and Lighthouse on four pages in each language. Run `npm run build` first;
// `npm run bench -- <folder>` measures another export folder instead of out/.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findAvailabilityArticle, loadArticles } from '@/lib/content/articles';
import { LANGUAGES, languagePathPrefix } from '@/lib/i18n/languages';
import { OUT_DIR } from '@/lib/hosting/build-paths';
import { fixedRoutes } from '@/lib/routes/fixed-routes';
import { startNginx } from '@/harness/nginx-server';
import { startSiteServer } from '@/harness/site-server';
import { lighthouseMedian, printLighthouse, printLighthouseHeader } from '@/bench/lighthouse.mjs';
import { loadRun, printLoadRun } from '@/bench/load.mjs';
import { pageWeights, printPageWeights } from '@/bench/page-weight.mjs';

async function main(): Promise<void> {
  const outDir = path.resolve(process.argv[2] ?? OUT_DIR);
  if (!existsSync(path.join(outDir, 'index.html'))) throw new Error(`${outDir} has no index.html: run \`npm run build\` first.`);
  const articles = await loadArticles();
  const firstArticle = articles[0]?.path ?? '/';
  // In each language: the home page, the first article, the page of states and the printable guide (the longest page).
  const pages = (
    await Promise.all(
      LANGUAGES.map(async (language) => {
        const inLanguage = await loadArticles(undefined, language);
        return [languagePathPrefix(language), inLanguage[0]?.path ?? '/', findAvailabilityArticle(inLanguage).path, fixedRoutes(language).guide];
      }),
    )
  ).flat();

  console.log(`\nBytes per page (${path.relative(process.cwd(), outDir) || outDir})\n`);
  printPageWeights(pageWeights(outDir));

  const nginx = await startNginx(outDir);
  const node = await startSiteServer(outDir);
  try {
    console.log(`\nLoad: wrk -t2 -c50 -d10s, ${firstArticle}\n`);
    for (const [server, url] of [['nginx (deploy/nginx.conf)', nginx.url], ['Node preview (npm run serve)', node.url]] as const) {
      printLoadRun(server, `${url}${firstArticle}`, loadRun(`${url}${firstArticle}`));
    }
    console.log('\nLighthouse 12, mobile defaults, median of 3, served by nginx\n');
    printLighthouseHeader();
    for (const page of pages) printLighthouse(page, await lighthouseMedian(`${nginx.url}${page}`));
  } finally {
    await Promise.all([nginx.close(), node.close()]);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
