import { describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/content-error';
import { errorAt, fileAt, formatProblem, problemLine } from '@/lib/content/problem';

describe('ContentError, as the build prints it', () => {
  it('shows a single problem as its file, line and message', () => {
    const error = new ContentError([errorAt('content/benefits.md', 3, '"order" must be 1 or more (got 0).')]);
    expect(error.message).toBe('content/benefits.md:3: "order" must be 1 or more (got 0).');
    expect(String(error)).toBe('ContentError: content/benefits.md:3: "order" must be 1 or more (got 0).');
  });

  it('shows several problems as a list under their count, and keeps each one whole', () => {
    const problems = [errorAt('content/benefits.md', undefined, '"title" is missing.'), errorAt('content/locations.yaml', 4, '"zip" is missing.')];
    const error = new ContentError(problems);
    expect(error.message).toBe('2 content problems:\n- content/benefits.md: "title" is missing.\n- content/locations.yaml:4: "zip" is missing.');
    expect(error.problems).toEqual([
      { file: 'content/benefits.md', line: undefined, severity: 'error', message: '"title" is missing.' },
      { file: 'content/locations.yaml', line: 4, severity: 'error', message: '"zip" is missing.' },
    ]);
  });
});

describe('fileAt, problemLine and formatProblem', () => {
  it('name a file with its line, or the file alone when the line is not known', () => {
    expect(fileAt('content/benefits.md', 37)).toBe('content/benefits.md:37');
    expect(fileAt('content/benefits.md', undefined)).toBe('content/benefits.md');
  });

  it('print a problem as a loader lists it and as the check lists it, with its severity', () => {
    const problem = { file: 'content/benefits.md', line: 37, severity: 'warning', message: 'the link "/x/": no such page.' } as const;
    expect(problemLine(problem)).toBe('content/benefits.md:37: the link "/x/": no such page.');
    expect(formatProblem(problem)).toBe('content/benefits.md:37: warning: the link "/x/": no such page.');
  });

  it('print a problem about several files, which its message names, without a file in front', () => {
    const problem = errorAt(undefined, undefined, 'content/a.md and content/b.md all have "stateList: true".');
    expect(problemLine(problem)).toBe('content/a.md and content/b.md all have "stateList: true".');
    expect(formatProblem(problem)).toBe('error: content/a.md and content/b.md all have "stateList: true".');
  });
});
