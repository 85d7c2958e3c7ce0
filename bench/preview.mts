// Prints how long an editor waits in the live preview (`npm run dev`): from saving a Markdown file
// to a reload that shows the change. Runs the preview in a throwaway copy of the project, edits
// its content/ (never the real one), and reloads until the new words are on the page.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startDevPreview } from '@/harness/dev-server';

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

/** Milliseconds from a reload made `pauseMs` after the save to the page with the new words. */
async function reloadAfter(pauseMs: number, url: string, file: string, original: string, words: string): Promise<number> {
  writeFileSync(file, original.replace(/^title: .*$/m, `title: "${words}"`));
  await new Promise((resolve) => setTimeout(resolve, pauseMs));
  const started = performance.now();
  for (;;) {
    const html = await (await fetch(`${url}${PAGE}`)).text();
    if (html.includes(words)) return Math.round(performance.now() - started);
  }
}

/** What Next's development server logged for its latest answer: "GET /after-effects/ 200 in 1519ms" or "in 1.5s". */
function lastRender(output: string): number {
  const [, amount = 'NaN', unit] = [...output.matchAll(/GET \S+ 200 in ([\d.]+)(ms|s)\b/g)].at(-1) ?? [];
  return Math.round(Number(amount) * (unit === 's' ? 1000 : 1));
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
    const rendering: number[] = [];
    for (let edit = 2; edit <= EDITS + 1; edit++) {
      times.push(await saveToVisible(preview.url, file, original, `Edit ${edit} in the preview`));
      rendering.push(lastRender(preview.output()));
    }
    console.log(`later edits, save to visible:                 ${times.join(', ')} ms (median ${median(times)} ms)`);
    // The rest of each wait is the content check, which runs before Next sees the request.
    console.log(`  of which Next rendering the page:           ${rendering.join(', ')} ms (median ${median(rendering)} ms)`);
    // A person saves, switches to the browser and reloads: the check has started on the save.
    const afterPause: number[] = [];
    for (let edit = EDITS + 2; edit <= 2 * EDITS + 1; edit++) afterPause.push(await reloadAfter(1000, preview.url, file, original, `Edit ${edit} in the preview`));
    console.log(`reload 1 s after the save, reload to visible: ${afterPause.join(', ')} ms (median ${median(afterPause)} ms)`);
    writeFileSync(file, original);
  } finally {
    await preview.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
