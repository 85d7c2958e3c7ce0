const USAGE = 'Usage: npm run translated -- <translated page file>\n  e.g. npm run translated -- content/es/efectos-de-la-puncion-seca.md';

async function recordTranslations(): Promise<void> {
  const pages = process.argv.slice(2);
  if (pages.length === 0) {
    console.error(USAGE);
    process.exitCode = 1;
    return;
  }
  const { recordTranslation } = await import('../lib/checks/sign-off');
  const today = new Date().toISOString().slice(0, 10);
  // One page after the other: each writes content/reviews.yaml.
  for (const page of pages) {
    const outcome = await recordTranslation({ page, today });
    if ('refused' in outcome) {
      console.error(outcome.refused);
      process.exitCode = 1;
    } else {
      console.log(outcome.recorded);
    }
  }
}

recordTranslations().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
