// Prints how long an editor waits in the live preview (`npm run dev`): from saving a Markdown file
// to a reload that shows the change. Runs the preview in a throwaway copy of the project, edits
// its content/ (never the real one), and reloads until the new words are on the page.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startDevPreview } from '../tests/servers/dev-server';

const PAGE = '/after-effects/';
const FILE = 'after-effects.md';
const EDITS = 5;

/** Milliseconds from the save to the first answer that has the new words. */
async function saveToVisible(url: string, file: string, original: string, words: string): Promise<number> {
  const started = performance.now();
  writeFileSync(file, original.replace(/^title: .*$/m, `title: "${words}"`));
  for (;;) {
    const html = await (await fetch(`${url}${PAGE}`)).text();
    if (html.includes(words)) return Math.round(performance.now() - started);
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function main(): Promise<void> {
  const startup = performance.now();
  const preview = await startDevPreview();
  try {
    const file = path.join(preview.dir, 'content', FILE);
    const original = readFileSync(file, 'utf8');
    const ready = Math.round(performance.now() - startup);
    const firstPage = performance.now();
    await fetch(`${preview.url}${PAGE}`);
    console.log(`\nLive preview (npm run dev), ${PAGE}\n`);
    console.log(`server ready (copy of the project included): ${ready} ms`);
    console.log(`first page (Next compiles it):                ${Math.round(performance.now() - firstPage)} ms`);
    // The first edit after the first compile is warm-up; the figure is that of the edits after it.
    console.log(`first edit, save to visible:                  ${await saveToVisible(preview.url, file, original, 'Edit 1 in the preview')} ms`);
    const times: number[] = [];
    for (let edit = 2; edit <= EDITS + 1; edit++) times.push(await saveToVisible(preview.url, file, original, `Edit ${edit} in the preview`));
    console.log(`later edits, save to visible:                 ${times.join(', ')} ms (median ${median(times)} ms)`);
    writeFileSync(file, original);
  } finally {
    await preview.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
