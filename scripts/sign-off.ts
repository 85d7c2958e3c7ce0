import { parseArgs } from 'node:util';

const USAGE = 'Usage: npm run sign-off -- <page file> --reviewer <id> [--translation]\n  e.g. npm run sign-off -- content/after-effects.md --reviewer ana-rivera';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { reviewer: { type: 'string' }, translation: { type: 'boolean', default: false } } });
  const [page] = positionals;
  if (page === undefined || values.reviewer === undefined || positionals.length > 1) {
    console.error(USAGE);
    process.exitCode = 1;
    return;
  }
  // Loaded here: a wrong SITE_URL must reach the editor as its one-line message, not a stack trace.
  const { signOff } = await import('../lib/checks/sign-off');
  const { site } = await import('../lib/routes/site-url');
  const outcome = await signOff({ page, reviewer: values.reviewer, translation: values.translation, today: new Date().toISOString().slice(0, 10), siteUrl: site.url });
  if ('refused' in outcome) {
    console.error(outcome.refused);
    process.exitCode = 1;
  } else {
    console.log(outcome.recorded);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
