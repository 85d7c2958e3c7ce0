// Vitest config for mutation testing (npm run mutate): the same setup as vitest.config.mts,
// limited to the projects that run without a build or a browser.
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';
import base from './vitest.config.mjs';

const keep = new Set(['lib', 'lib-isolated', 'components', 'content']);

/**
 * Vitest's order, but the lib project's quick unit tests before the components and content
 * suites. Stryker stops at a mutant's first failing test, and a mutant in module-level code runs
 * every related file: one that only a unit test notices (an emptied word) then waits minutes
 * for the slower suites first.
 */
class UnitTestsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isUnit = (file: TestSpecification) => file.project.name.startsWith('lib');
    return [...sorted.filter(isUnit), ...sorted.filter((file) => !isUnit(file))];
  }
}

/**
 * The second run of npm run mutate tests each mutant again against the test files named after
 * the modules measured (MUTATE_TEST_FILES, one per line): each project keeps only those of its files.
 */
const ownTests = process.env.MUTATE_TEST_FILES?.split('\n').filter((file) => file !== '');

function onlyOwnTests<P extends { test?: { include?: string[] } }>(project: P): P | undefined {
  if (!ownTests) return project;
  const patterns = project.test?.include ?? [];
  const files = ownTests.filter((file) => patterns.some((pattern) => (pattern.includes('*') ? file.startsWith(pattern.slice(0, pattern.indexOf('*'))) : pattern === file)));
  return files.length > 0 ? { ...project, test: { ...project.test, include: files } } : undefined;
}

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    sequence: { sequencer: UnitTestsFirst },
    // The first run switches mutants on while the tests run, so test files may share modules as
    // in npm test. The second (MUTATE_FRESH_MODULES, from scripts/mutate.mts) tests again what the
    // first left alive or aside, among them code that runs while a module loads: there every test
    // file loads its modules afresh.
    projects: (base.test?.projects ?? [])
      .filter((p) => typeof p === 'object' && 'test' in p && keep.has(p.test?.name as string))
      .map((p) => (process.env.MUTATE_FRESH_MODULES && typeof p === 'object' && 'test' in p ? { ...p, test: { ...p.test, isolate: true } } : p))
      .map((p) => (typeof p === 'object' && 'test' in p ? onlyOwnTests(p) : p))
      .filter((p) => p !== undefined),
  },
});
