import { checkContent, formatReport, hasErrors } from '../lib/checks/content-check';

// `--build` is how the build runs it: a review date that has passed only warns.
const build = process.argv.includes('--build');
const today = new Date().toISOString().slice(0, 10);

void checkContent({ today, build }).then((report) => {
  console.log(formatReport(report));
  if (hasErrors(report)) process.exitCode = 1;
});
