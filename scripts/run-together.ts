import { spawn } from 'node:child_process';

/*
 * Runs npm scripts at the same time and prints each one's output as one block, headed by its name,
 * whether it passed and how long it took, in the order they finish. `npm test` runs the content
 * check, the type check and the linter this way: each uses about one core, and none needs another.
 * Every script runs to its end, so one run shows all their problems; any failure fails the run.
 */

interface Outcome {
  readonly name: string;
  readonly passed: boolean;
  readonly seconds: number;
  readonly output: string;
}

function runScript(name: string): Promise<Outcome> {
  const started = performance.now();
  // Output goes to a pipe, not the terminal: keep the colours a terminal would have shown.
  const env = process.stdout.isTTY ? { ...process.env, FORCE_COLOR: '1' } : process.env;
  const child = spawn('npm', ['run', name], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => {
    const finish = (passed: boolean, note = '') =>
      resolve({ name, passed, seconds: (performance.now() - started) / 1000, output: output + note });
    child.once('error', (error) => finish(false, `${error.message}\n`));
    child.once('close', (code, signal) => finish(code === 0, code === 0 ? '' : `exited with ${signal ?? `code ${code}`}\n`));
  });
}

function printBlock({ name, passed, seconds, output }: Outcome): void {
  const text = output.endsWith('\n') || output === '' ? output : `${output}\n`;
  process.stdout.write(`\n── npm run ${name}: ${passed ? 'passed' : 'FAILED'} in ${seconds.toFixed(1)} s ──\n${text}`);
}

async function main(names: readonly string[]): Promise<void> {
  if (names.length === 0) throw new Error('Name the npm scripts to run, e.g. `tsx scripts/run-together.ts lint typecheck`.');
  const outcomes = await Promise.all(names.map((name) => runScript(name).then((outcome) => (printBlock(outcome), outcome))));
  const failed = outcomes.filter((outcome) => !outcome.passed).map((outcome) => outcome.name);
  if (failed.length > 0) {
    process.stdout.write(`\nFailed: ${failed.map((name) => `npm run ${name}`).join(', ')}\n`);
    process.exitCode = 1;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
