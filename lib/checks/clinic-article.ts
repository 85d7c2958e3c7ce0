import path from 'node:path';
import { displayPath } from '@/lib/content/content-paths';
import { readTextFile, type ContentFileRead } from '@/lib/content/content-files';
import { errorAt, type Problem } from '@/lib/content/problem';

/** The clinic's article as the checks read it: its text, or why it cannot be read. */
export type ClinicArticle = { readonly file: string } & ({ readonly text: string } | { readonly problem: Problem });

/**
 * Read like every file the site reads: only the folders above it may be links (in a worktree,
 * ../shared/ is one), never the file itself.
 */
function readArticleFile(filePath: string): Promise<ContentFileRead> {
  return readTextFile(filePath, {
    folder: `${path.dirname(displayPath(filePath))}/`,
    tooLargeAdvice: "The clinic's article is a few pages of text: check that this is the right file.",
  });
}

/**
 * The copy of the clinic's article the checks compare with (content/clinic-article.txt). It is
 * in the repository, so a missing copy is an error: without it no quote can be checked.
 */
export async function readClinicArticle(filePath: string): Promise<ClinicArticle> {
  const file = displayPath(filePath);
  const read = await readArticleFile(filePath);
  if ('source' in read) return { file, text: read.source };
  if ('problem' in read) return { file, problem: read.problem };
  return {
    file,
    problem: errorAt(
      file,
      undefined,
      `the clinic's article is missing, so the title and date in source.yaml, the quotes in the editorial notes and the passages in the trace files cannot be compared with it. Copy the clinic's article here byte for byte (see docs/editors.md, "The clinic's article").`,
    ),
  };
}

/** The first line where two texts differ, as an editor counts lines. */
function firstDifferentLine(a: string, b: string): number {
  const linesA = a.split('\n');
  const linesB = b.split('\n');
  let index = 0;
  while (linesA[index] === linesB[index]) index += 1;
  return index + 1;
}

/**
 * The copy in the repository must stay the clinic's article byte for byte: when the clinic's own
 * file is on this machine (../shared/source/, beside the project), a copy that differs from it is
 * an error. A clone without it is checked against the copy alone.
 */
export async function copyProblems(copy: ClinicArticle, originalPath: string): Promise<Problem[]> {
  if (!('text' in copy)) return [];
  const original = await readArticleFile(originalPath);
  if ('missing' in original) return [];
  if ('problem' in original) return [original.problem];
  if (original.source === copy.text) return [];
  const line = firstDifferentLine(copy.text, original.source);
  return [
    errorAt(
      copy.file,
      line,
      `this copy of the clinic's article differs from the clinic's own file, ${displayPath(originalPath)}, from this line on. Copy that file over this one byte for byte, then run the check again: it names every quote and passage the new text no longer has.`,
    ),
  ];
}
