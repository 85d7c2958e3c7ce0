/**
 * npm run mutate: StrykerJS over lib/ and components/ (stryker.config.mjs), then a second run over
 * every mutant the first left alive or aside, and the score of each folder from both.
 *
 * Why two runs: the first is quick. Its test files share their modules as in `npm test`
 * (vitest.mutate.config.mts), and it tests each mutant against the tests that cover it. It leaves
 * aside the mutants in code that runs while a module loads (a constant, a table of words): that
 * code runs before any test starts, so Stryker's per-test coverage credits it to no test. And a
 * loader keeps what it read for every later test file, so its code is credited to the first test
 * that read it, and a mutant there may look alive only because the tests that would notice it did
 * not run. The second run (MUTATE_FRESH_MODULES, ignoreStatic: false) tests each of those again,
 * every test file loading its modules afresh, against the test files named after the modules
 * measured (ownTestFiles: tests/lib/content/traces.test.ts for lib/content/traces.ts):
 * slower for each mutant, but only for the few the first run did not settle. With every related
 * test file instead, a mutant in a loader most tests reach took minutes. No test has to load a
 * module in a special way for this.
 *
 * A mutant disabled by a `// Stryker disable next-line <mutator>: reason` comment at the code is
 * Ignored with that reason in both runs: it counts neither way in the score and is listed, with
 * its reason, in reports/mutation/ignored.txt.
 *
 * Arguments: `--mutate <pattern>` (repeatable) measures only those files or ranges, keeping its
 * incremental records apart from the full run's.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Stryker } from '@stryker-mutator/core';
import type { MutantResult, PartialStrykerOptions } from '@stryker-mutator/api/core';

const REPORTS = 'reports/mutation';
/** Left out of every run, as in stryker.config.mjs: the catalog's generated types. */
const GENERATED_TYPES = 'lib/i18n/messages/message-values.ts';

/** Stryker's reason for a mutant the first run leaves aside because it runs only while its module loads. */
const STATIC_REASON = 'Static mutant (and "ignoreStatic" was enabled)';

function mutatePatterns(argv: readonly string[]): string[] {
  const patterns: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (argument === '--mutate' && argv[index + 1]) {
      patterns.push(...(argv[index + 1] ?? '').split(','));
      index += 1;
    } else if (argument.startsWith('--mutate=')) {
      patterns.push(...argument.slice('--mutate='.length).split(','));
    } else {
      throw new Error(`npm run mutate: unknown argument "${argument}". Use --mutate 'lib/site/**/*.ts' to measure part of the code.`);
    }
  }
  return patterns;
}

/** The name of a partial run's record: its patterns in letters and digits, or their hash when that is too long for a file name. */
function recordName(patterns: readonly string[]): string {
  const readable = patterns.join('+').replace(/[^a-z0-9]+/gi, '-');
  return readable.length <= 100 ? readable : createHash('sha256').update(patterns.join('\n')).digest('hex').slice(0, 16);
}

/** A part of the code as Stryker reads a mutate range: lines from 1, columns from 0. */
function rangeOf(mutant: MutantResult): string {
  const { start, end } = mutant.location;
  return `${mutant.fileName}:${start.line}:${start.column - 1}-${end.line}:${end.column}`;
}

function keyOf(mutant: MutantResult): string {
  const { start, end } = mutant.location;
  return `${mutant.fileName}:${start.line}:${start.column}-${end.line}:${end.column} ${mutant.mutatorName} ${mutant.replacement ?? ''}`;
}

/** lib/site, lib/checks, …, components: the folders the note and the docs give a score for. */
function folderOf(fileName: string): string {
  const parts = path.relative(process.cwd(), fileName).split(path.sep);
  return parts[0] === 'lib' ? parts.slice(0, 2).join('/') : (parts[0] ?? fileName);
}

/**
 * The test files named after the modules: tests/lib/content/traces.test.ts and
 * tests/content/traces.test.ts for lib/content/traces.ts (and tests/components/review-sheets.test.tsx
 * for lib/content/review-sheets.ts), tests/components/x.test.tsx for components/x.tsx. The second run tests only against these: a module's mutants are its own
 * tests' to notice, and the fresh modules of every related test file took minutes a mutant.
 */
function ownTestFiles(fileNames: readonly string[]): string[] {
  const files = new Set<string>();
  for (const fileName of new Set(fileNames)) {
    const relative = path.relative(process.cwd(), fileName).split(path.sep).join('/');
    const stem = relative.replace(/\.tsx?$/, '');
    const base = path.posix.basename(stem);
    for (const candidate of [`tests/${stem}.test.ts`, `tests/${stem}.test.tsx`, `tests/content/${base}.test.ts`, `tests/components/${base}.test.tsx`]) {
      if (existsSync(candidate)) files.add(candidate);
    }
  }
  return [...files].sort();
}

interface Tally {
  detected: number;
  undetected: number;
  ignored: number;
}

function percent({ detected, undetected }: Tally): string {
  return detected + undetected === 0 ? 'n/a' : `${((100 * detected) / (detected + undetected)).toFixed(2)}%`;
}

function scoreTable(results: readonly MutantResult[]): string {
  const tallies = new Map<string, Tally>();
  const add = (folder: string, mutant: MutantResult) => {
    const tally = tallies.get(folder) ?? { detected: 0, undetected: 0, ignored: 0 };
    if (mutant.status === 'Killed' || mutant.status === 'Timeout') tally.detected += 1;
    else if (mutant.status === 'Survived' || mutant.status === 'NoCoverage') tally.undetected += 1;
    else if (mutant.status === 'Ignored') tally.ignored += 1;
    tallies.set(folder, tally);
  };
  for (const mutant of results) {
    const folder = folderOf(mutant.fileName);
    add(folder, mutant);
    if (folder.startsWith('lib/')) add('lib (all)', mutant);
  }
  const rows = [...tallies].sort(([a], [b]) => a.localeCompare(b, 'en'));
  const lines = rows.map(
    ([folder, tally]) =>
      `${folder.padEnd(16)} ${percent(tally).padStart(7)}   ${String(tally.detected).padStart(5)} killed or timed out, ${String(tally.undetected).padStart(4)} survived or not covered, ${String(tally.ignored).padStart(4)} ignored`,
  );
  return ['Mutation score (killed and timed out over all valid mutants):', ...lines].join('\n');
}

function listed(mutants: readonly MutantResult[], describe: (mutant: MutantResult) => string): string {
  const lines = mutants
    .map((mutant) => `${path.relative(process.cwd(), mutant.fileName)}:${mutant.location.start.line}:${mutant.location.start.column} ${describe(mutant)}`)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

async function main() {
  const patterns = mutatePatterns(process.argv.slice(2));
  const record = patterns.length > 0 ? `incremental-${recordName(patterns)}` : 'stryker-incremental';
  const part: PartialStrykerOptions =
    patterns.length > 0 ? { mutate: [...patterns, `!${GENERATED_TYPES}`], incrementalFile: `${REPORTS}/${record}.json` } : {};
  const first = await new Stryker({ configFile: 'stryker.config.mjs', ...part }).runMutationTest();

  // Test files share modules in the first run, so a loader's cached result credits its code to
  // the first test that read it, and a mutant there may survive only because the tests that would
  // notice it were not run. The second run settles every mutant left alive or aside, in fresh modules.
  // MUTATE_FRESH_MODULES set from the start (to test again what an earlier run left alive): the
  // first run already loaded modules afresh, and only the mutants it left aside remain.
  const freshFromTheStart = Boolean(process.env.MUTATE_FRESH_MODULES);
  const unsettled = first.filter(
    (mutant) =>
      (mutant.status === 'Ignored' && mutant.statusReason === STATIC_REASON) ||
      (!freshFromTheStart && (mutant.status === 'Survived' || mutant.status === 'NoCoverage')),
  );
  let results = first;
  const tests = ownTestFiles(unsettled.map((mutant) => mutant.fileName));
  if (unsettled.length > 0 && tests.length === 0) console.log(`\n${unsettled.length} mutants alive or left aside, and no test file is named after their modules: no second run.\n`);
  if (unsettled.length > 0 && tests.length > 0) {
    console.log(
      `\n${unsettled.length} mutants alive or left aside: testing each again against the tests of its module, every test file loading its modules afresh:\n${tests.join('\n')}\n`,
    );
    process.env.MUTATE_FRESH_MODULES = '1';
    process.env.MUTATE_TEST_FILES = tests.join('\n');
    const again = await new Stryker({
      configFile: 'stryker.config.mjs',
      mutate: [...new Set(unsettled.map(rangeOf))],
      ignoreStatic: false,
      incrementalFile: `${REPORTS}/${record}-again.json`,
      reporters: ['html', 'clear-text', 'progress'],
      htmlReporter: { fileName: `${REPORTS}/again.html` },
    }).runMutationTest();
    const status = new Map(again.map((mutant) => [keyOf(mutant), mutant]));
    const rerun = new Set(unsettled);
    results = first.map((mutant) => {
      const second = rerun.has(mutant) ? status.get(keyOf(mutant)) : undefined;
      return second ? { ...mutant, status: second.status, statusReason: second.statusReason } : mutant;
    });
  }

  const table = scoreTable(results);
  mkdirSync(REPORTS, { recursive: true });
  const alive = results.filter((mutant) => mutant.status === 'Survived' || mutant.status === 'NoCoverage');
  writeFileSync(`${REPORTS}/survivors.txt`, listed(alive, (mutant) => `${mutant.status} ${mutant.mutatorName} → ${JSON.stringify(mutant.replacement ?? '')}`));
  const ignored = results.filter((mutant) => mutant.status === 'Ignored');
  writeFileSync(`${REPORTS}/ignored.txt`, listed(ignored, (mutant) => `${mutant.mutatorName} → ${JSON.stringify(mutant.replacement ?? '')}: ${mutant.statusReason ?? ''}`));
  console.log(
    `\n${table}\n\nEach mutant still alive is listed in ${REPORTS}/survivors.txt; each one ignored, with the reason its comment gives, in ${REPORTS}/ignored.txt.`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
