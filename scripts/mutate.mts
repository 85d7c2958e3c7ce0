/**
 * npm run mutate: StrykerJS over lib/ and components/ (stryker.config.mjs), then a second run over
 * the mutants in code that runs while a module loads and that survived the first, and the score of
 * each folder from both.
 *
 * Why the second run: with perTest coverage, Stryker gives a mutant in module-level code (a
 * constant, a table of words) only the tests that happened to load that module inside a test;
 * a test file that imports it at the top is not among them, so such a mutant can "survive" a
 * test that would kill it. The second run gives each of them every test related to its file
 * (ignoreStatic: false), which is too slow for all of them but quick for the few that survive.
 *
 * Arguments: `--mutate <pattern>` (repeatable) measures only those files or ranges, keeping its
 * incremental record apart from the full run's.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Stryker } from '@stryker-mutator/core';
import type { MutantResult, PartialStrykerOptions } from '@stryker-mutator/api/core';

const REPORTS = 'reports/mutation';

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

async function main() {
  const patterns = mutatePatterns(process.argv.slice(2));
  const part: PartialStrykerOptions =
    patterns.length > 0
      ? {
          mutate: patterns,
          incrementalFile: `${REPORTS}/incremental-${patterns.join('+').replace(/[^a-z0-9]+/gi, '-')}.json`,
        }
      : {};
  const first = await new Stryker({ configFile: 'stryker.config.mjs', ...part }).runMutationTest();

  const moduleLevel = first.filter((mutant) => mutant.static && mutant.status === 'Survived');
  let results = first;
  if (moduleLevel.length > 0) {
    console.log(`\n${moduleLevel.length} mutants in module-level code survived: running each again with every related test.\n`);
    const again = await new Stryker({
      configFile: 'stryker.config.mjs',
      mutate: [...new Set(moduleLevel.map(rangeOf))],
      ignoreStatic: false,
      incremental: false,
      reporters: ['html', 'clear-text', 'progress'],
      htmlReporter: { fileName: `${REPORTS}/module-level.html` },
    }).runMutationTest();
    const status = new Map(again.map((mutant) => [keyOf(mutant), mutant.status]));
    const rerun = new Set(moduleLevel);
    results = first.map((mutant) => (rerun.has(mutant) ? { ...mutant, status: status.get(keyOf(mutant)) ?? mutant.status } : mutant));
  }

  const table = scoreTable(results);
  mkdirSync(REPORTS, { recursive: true });
  const survivors = results
    .filter((mutant) => mutant.status === 'Survived' || mutant.status === 'NoCoverage')
    .map((mutant) => `${path.relative(process.cwd(), mutant.fileName)}:${mutant.location.start.line}:${mutant.location.start.column} ${mutant.status} ${mutant.mutatorName} → ${JSON.stringify(mutant.replacement ?? '')}`)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  writeFileSync(`${REPORTS}/survivors.txt`, `${survivors.join('\n')}\n`);
  console.log(`\n${table}\n\nEach mutant still alive is listed in ${REPORTS}/survivors.txt; the equivalent ones, with why, in docs/equivalent-mutants.md.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
