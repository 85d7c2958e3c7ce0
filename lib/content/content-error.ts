/** "content/benefits.md:37", or just the file when the line is not known. */
export function fileAt(file: string, line: number | undefined): string {
  return line === undefined ? file : `${file}:${line}`;
}

/** "content/benefits.md:37: the link …" → its file, line and message: the reverse of fileAt. */
export function splitProblem(problem: string): { file: string; line: number | undefined; message: string } {
  const match = /^(.+?)(?::(\d+))?: (.*)$/s.exec(problem);
  if (!match) return { file: '', line: undefined, message: problem };
  const [, file = '', line, message = ''] = match;
  return { file, line: line === undefined ? undefined : Number(line), message };
}

/**
 * A problem an editor must fix before the site can be published. Each line names the
 * file, the field and what to do, so the build output reads as a to-do list.
 */
export class ContentError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(
      problems.length === 1
        ? (problems[0] ?? '')
        : `${problems.length} content problems:\n${problems.map((line) => `- ${line}`).join('\n')}`,
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
