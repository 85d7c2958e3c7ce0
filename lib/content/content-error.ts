import { problemLine, type Problem } from './problem';

/**
 * Content an editor must fix before the site can be published. Each problem names the file,
 * the field and what to do, so the build output reads as a to-do list.
 */
export class ContentError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const lines = problems.map(problemLine);
    // Stryker disable next-line StringLiteral: a one-problem error has its problem.
    super(lines.length === 1 ? (lines[0] ?? '') : `${lines.length} content problems:\n${lines.map((line) => `- ${line}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** What a loader read, or its problems when it refused the content. Any other error is thrown on: it is a fault in the code. */
export async function loaded<T>(load: () => Promise<T>): Promise<{ value: T | undefined; problems: Problem[] }> {
  try {
    return { value: await load(), problems: [] };
  } catch (error) {
    // Stryker disable next-line ConditionalExpression: only a programming error is not a ContentError, and it still stops the check (reading its `problems` throws).
    if (!(error instanceof ContentError)) throw error;
    return { value: undefined, problems: [...error.problems] };
  }
}
