export type Severity = 'error' | 'warning';

/**
 * One thing an editor must fix (an error) or should look at (a warning): where it is, and a
 * message of whole sentences that says what is wrong and what to do. Loaders refuse content
 * with errors; the content check adds warnings; both are printed by the functions below.
 */
export interface Problem {
  /** The file as editors see its path; undefined when the message itself names the files. */
  readonly file: string | undefined;
  /** The line in that file, as an editor counts lines, when it is known. */
  readonly line: number | undefined;
  readonly severity: Severity;
  readonly message: string;
}

/** An error at a file (and line, when known): what a loader refuses content with. */
export function errorAt(file: string | undefined, line: number | undefined, message: string): Problem {
  return { file, line, severity: 'error', message };
}

/** "content/benefits.md:37", or just the file when the line is not known. */
export function fileAt(file: string, line: number | undefined): string {
  return line === undefined ? file : `${file}:${line}`;
}

function joined(problem: Problem, parts: readonly string[]): string {
  return [...(problem.file === undefined ? [] : [fileAt(problem.file, problem.line)]), ...parts].join(': ');
}

/** "content/benefits.md:37: the link …": a loader's problem, as its error message lists it. */
export function problemLine(problem: Problem): string {
  return joined(problem, [problem.message]);
}

/** "content/benefits.md:37: error: the link …": one problem as `npm run check:content` and the preview show it. */
export function formatProblem(problem: Problem): string {
  return joined(problem, [problem.severity, problem.message]);
}
