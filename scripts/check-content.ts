// `--build` is how the build runs it: a review date that has passed only warns, and the publish gate
// (lib/checks/publish-gate.ts) refuses example data in a build for a real address.
const build = process.argv.includes('--build');
const today = new Date().toISOString().slice(0, 10);

async function main(): Promise<void> {
  // Loaded here, not imported at the top: the check reads SITE_URL as its modules load, and a
  // wrong SITE_URL must reach the editor as its one-line message, not as a stack trace.
  const { checkContent, formatReport, hasErrors } = await import('../lib/checks/content-check');
  const { SOURCE_ARTICLE_TEXT } = await import('../lib/content/content-paths');
  const report = await checkContent({ today, build, clinicOriginal: SOURCE_ARTICLE_TEXT });
  console.log(formatReport(report));
  if (hasErrors(report)) process.exitCode = 1;
  if (!build) return;
  // A build for a real address stops while example data is left; the placeholder address says so in one line.
  const { publishGate } = await import('../lib/checks/publish-gate');
  const gate = await publishGate(process.env.SITE_URL);
  if (gate.open) {
    if (gate.notice) console.log(gate.notice);
    return;
  }
  console.error(gate.message);
  process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
