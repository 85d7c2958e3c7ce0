import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { copyProblems, readClinicArticle } from '@/lib/checks/clinic-article';
import { displayPath } from '@/lib/content/content-paths';
import { MAX_CONTENT_FILE_BYTES } from '@/lib/content/content-files';
import { formatProblem } from '@/lib/content/problem';

/** A folder with the copy (copy.txt) and, when given, the clinic's own file (original.txt). */
function articleFolder(copy: string | undefined, original?: string): { copy: string; original: string; shown: (line: string) => string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'clinic-article-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const files = { copy: path.join(dir, 'copy.txt'), original: path.join(dir, 'original.txt') };
  if (copy !== undefined) writeFileSync(files.copy, copy);
  if (original !== undefined) writeFileSync(files.original, original);
  return { ...files, shown: (line) => line.replaceAll(displayPath(dir), 'content') };
}

async function copyLines(copy: string, original?: string): Promise<string[]> {
  const folder = articleFolder(copy, original);
  return (await copyProblems(await readClinicArticle(folder.copy), folder.original)).map(formatProblem).map(folder.shown);
}

describe("readClinicArticle: the copy of the clinic's article", () => {
  it('gives the text of the copy, named as the editor sees it', async () => {
    const folder = articleFolder('Dry needling uses thin needles.\n');
    const read = await readClinicArticle(folder.copy);
    expect({ ...read, file: folder.shown(read.file) }).toEqual({ file: 'content/copy.txt', text: 'Dry needling uses thin needles.\n' });
  });

  it('refuses a missing copy, saying what cannot be compared without it', async () => {
    const folder = articleFolder(undefined);
    const read = await readClinicArticle(folder.copy);
    expect('problem' in read ? folder.shown(formatProblem(read.problem)) : read).toBe(
      `content/copy.txt: error: the clinic's article is missing, so the title and date in source.yaml, the quotes in the editorial notes and the passages in the trace files cannot be compared with it. Copy the clinic's article here byte for byte (see docs/editors.md, "The clinic's article").`,
    );
  });

  it('refuses a copy too large to be the article, at most the size of any content file', async () => {
    const folder = articleFolder('a'.repeat(MAX_CONTENT_FILE_BYTES + 1));
    const read = await readClinicArticle(folder.copy);
    expect('problem' in read ? folder.shown(formatProblem(read.problem)) : read).toBe(
      "content/copy.txt: error: is 65 KB; a file in content/ may be at most 64 KB. The clinic's article is a few pages of text: check that this is the right file.",
    );
  });
});

describe("copyProblems: the copy against the clinic's own file", () => {
  it('says nothing while the copy is the same byte for byte, or when the clinic’s file is not on this machine', async () => {
    expect(await copyLines('First line.\nSecond line.\n', 'First line.\nSecond line.\n')).toEqual([]);
    expect(await copyLines('First line.\nSecond line.\n')).toEqual([]);
  });

  it('says nothing about a copy that is itself missing: that is reported once, where it is read', async () => {
    const folder = articleFolder(undefined, 'First line.\n');
    expect(await copyProblems(await readClinicArticle(folder.copy), folder.original)).toEqual([]);
  });

  it('passes on why the clinic’s own file cannot be read', async () => {
    const folder = articleFolder('First line.\n');
    mkdirSync(folder.original);
    expect((await copyProblems(await readClinicArticle(folder.copy), folder.original)).map(formatProblem).map(folder.shown)).toEqual([
      'content/original.txt: error: is a folder, not a file. Only files are read from content/: rename the folder, or move it out of content/.',
    ]);
  });

  it('names the first line that differs, counting from 1', async () => {
    const message = "error: this copy of the clinic's article differs from the clinic's own file, content/original.txt, from this line on. Copy that file over this one byte for byte, then run the check again: it names every quote and passage the new text no longer has.";
    expect(await copyLines('First line.\nSecond line.\n', 'First line!\nSecond line.\n')).toEqual([`content/copy.txt:1: ${message}`]);
    expect(await copyLines('First line.\nSecond line.\nThird line.\n', 'First line.\nSecond line.\nThird line\n')).toEqual([`content/copy.txt:3: ${message}`]);
    expect(await copyLines('First line.\nSecond line.\n', 'First line.\nSecond line.\nThird line.\n')).toEqual([`content/copy.txt:3: ${message}`]);
  });
});
