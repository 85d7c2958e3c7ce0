import { describe, expect, it } from 'vitest';
import { errorAt, fileAt, formatProblem, problemLine, type Problem } from '@/lib/content/problem';

describe('a problem as an editor reads it', () => {
  it('names the file and line, then the message', () => {
    const problem = errorAt('content/benefits.md', 37, 'the link goes nowhere.');
    expect(problem).toEqual({ file: 'content/benefits.md', line: 37, severity: 'error', message: 'the link goes nowhere.' });
    expect(problemLine(problem)).toBe('content/benefits.md:37: the link goes nowhere.');
    expect(formatProblem(problem)).toBe('content/benefits.md:37: error: the link goes nowhere.');
  });

  it('names only the file when the line is not known, and nothing when the message names the files', () => {
    expect(problemLine(errorAt('content/benefits.md', undefined, 'is empty.'))).toBe('content/benefits.md: is empty.');
    const warning: Problem = { file: undefined, line: undefined, severity: 'warning', message: 'a.md and b.md have one title.' };
    expect(problemLine(warning)).toBe('a.md and b.md have one title.');
    expect(formatProblem(warning)).toBe('warning: a.md and b.md have one title.');
  });

  it('writes a place as file:line, or the file alone', () => {
    expect(fileAt('content/es/efectos.md', 1)).toBe('content/es/efectos.md:1');
    expect(fileAt('content/es/efectos.md', undefined)).toBe('content/es/efectos.md');
  });
});
