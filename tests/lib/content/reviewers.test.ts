import { describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/content-error';
import { problemLine } from '@/lib/content/problem';
import { parseReviewers } from '@/lib/content/reviewers';

function refusal(parse: () => unknown): string[] {
  try {
    parse();
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(problemLine);
    throw error;
  }
  throw new Error('expected the file to be refused');
}

const ANA = ['  - id: ana-rivera', '    name: Ana Rivera', '    credentials: PT, DPT', '    role: clinical', '    languages: [en]'];

describe('content/reviewers.yaml', () => {
  it('reads each reviewer, an example only when it says so', () => {
    const file = parseReviewers(['reviewers:', ...ANA, ...ANA.map((line) => line.replace('ana-rivera', 'sam-example')), '    example: true', ''].join('\n'), 'content/reviewers.yaml');
    expect(file.reviewers.map(({ id, example }) => [id, example])).toEqual([
      ['ana-rivera', false],
      ['sam-example', true],
    ]);
    expect(file.lineOf('sam-example')).toBe(7);
  });

  it('says, at its line, what to write for a role, a credential or a language it cannot use', () => {
    const text = ['reviewers:', ...ANA.map((line) => line.replace('role: clinical', 'role: doctor').replace('credentials: PT, DPT', 'credentials: ""').replace('[en]', '[en, fr]')), ''].join('\n');
    expect(refusal(() => parseReviewers(text, 'content/reviewers.yaml'))).toEqual([
      'content/reviewers.yaml:4: reviewer 1: "credentials" is empty. Write it like: credentials: PT, DPT',
      'content/reviewers.yaml:5: reviewer 1: "role" must be clinical or translation (got "doctor").',
      'content/reviewers.yaml:6: reviewer 1: "languages" has "fr", which is not a language of the site. Use en or es.',
    ]);
  });

  it('refuses two reviewers with one id', () => {
    expect(refusal(() => parseReviewers(['reviewers:', ...ANA, ...ANA, ''].join('\n'), 'content/reviewers.yaml'))).toEqual([
      'content/reviewers.yaml:7: the id "ana-rivera" is used by an earlier reviewer too. Give each reviewer their own id.',
    ]);
  });
});
