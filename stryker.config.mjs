// @ts-check
// Mutation testing: npm run mutate (reports in reports/mutation/, ignored by git).
import fs from 'node:fs';
import path from 'node:path';

const tempDirName = '.stryker-tmp';
const GENERATED_TYPES = 'lib/i18n/messages/message-values.ts';

// Stryker runs the tests in copies at .stryker-tmp/sandbox-*/, so their '..' is .stryker-tmp/.
// The content check reads the clinic's article from ../shared/ (lib/content/content-paths.ts),
// so .stryker-tmp/shared points at the shared/ folder beside this repository.
fs.mkdirSync(tempDirName, { recursive: true });
const sharedLink = path.join(tempDirName, 'shared');
if (!fs.lstatSync(sharedLink, { throwIfNoEntry: false })) {
  fs.symlinkSync(path.resolve('..', 'shared'), sharedLink);
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  // Never the catalog's generated types: they hold no code to mutate, and Stryker writes every file
  // it mutates anew, which fails the test that compares that file with what the generator writes.
  mutate: ['lib/**/*.ts', 'components/**/*.tsx', `!${GENERATED_TYPES}`],
  testRunner: 'vitest',
  // Vitest never type-checks, so Stryker need not add "// @ts-nocheck" to the files under lib/.
  disableTypeChecks: false,
  // Only the lib, components and content projects: built and browser need a build and Chromium.
  vitest: { configFile: 'vitest.mutate.config.mts' },
  coverageAnalysis: 'perTest',
  // Mutants in code that runs while modules load would each need a fresh copy of every related
  // test file (about half of them here). This run tests those also covered by a test with that
  // test only and leaves the rest Ignored; scripts/mutate.mts runs each of those left untested or
  // alive again with ignoreStatic: false.
  ignoreStatic: true,
  concurrency: 2,
  // Five minutes and five seconds, Stryker's defaults, time out on two busy cores: the first run
  // of the tests, and a mutant's tests timed out for load alone (each restarting its runner).
  // Vitest's own 30 s test timeout still stops a hang, and Stryker counts a loop's calls.
  dryRunTimeoutMinutes: 30,
  timeoutMS: 30_000,
  tempDirName,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
};

export default config;
