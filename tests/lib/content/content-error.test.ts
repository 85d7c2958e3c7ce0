import { describe, expect, it } from 'vitest';
import { ContentError, fileAt, splitProblem } from '@/lib/content/content-error';

describe('ContentError, as the build prints it', () => {
  it('shows a single problem as it is', () => {
    const error = new ContentError(['content/benefits.md:3: "order" must be 1 or more (got 0).']);
    expect(error.message).toBe('content/benefits.md:3: "order" must be 1 or more (got 0).');
    expect(String(error)).toBe('ContentError: content/benefits.md:3: "order" must be 1 or more (got 0).');
  });

  it('shows several problems as a list under their count, and keeps each one', () => {
    const problems = ['content/benefits.md: "title" is missing.', 'content/locations.yaml:4: "zip" is missing.'];
    const error = new ContentError(problems);
    expect(error.message).toBe('2 content problems:\n- content/benefits.md: "title" is missing.\n- content/locations.yaml:4: "zip" is missing.');
    expect(error.problems).toEqual(problems);
  });
});

describe('fileAt and splitProblem', () => {
  it('name a file with its line, or the file alone when the line is not known', () => {
    expect(fileAt('content/benefits.md', 37)).toBe('content/benefits.md:37');
    expect(fileAt('content/benefits.md', undefined)).toBe('content/benefits.md');
  });

  it('split a problem back into its file, line and message, even when the message has colons and lines of its own', () => {
    expect(splitProblem('content/benefits.md:37: the link "/x/": no such page.\nFix it.')).toEqual({
      file: 'content/benefits.md',
      line: 37,
      message: 'the link "/x/": no such page.\nFix it.',
    });
    expect(splitProblem('content/source.yaml: the file is missing.')).toEqual({ file: 'content/source.yaml', line: undefined, message: 'the file is missing.' });
  });

  it('keep a problem that names no file as the message itself', () => {
    expect(splitProblem('Something went wrong')).toEqual({ file: '', line: undefined, message: 'Something went wrong' });
  });
});
