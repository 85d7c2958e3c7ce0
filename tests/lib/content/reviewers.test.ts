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

  it('says what to write for an id, a list of languages or an example flag it cannot use', () => {
    const entry = (replace: (line: string) => string, extra: readonly string[] = []) => ['reviewers:', ...ANA.map(replace), ...extra, ''].join('\n');
    expect(refusal(() => parseReviewers(entry((line) => line.replace('id: ana-rivera', 'id: Ana Rivera').replace('[en]', 'en'), ['    example: yes']), 'content/reviewers.yaml'))).toEqual([
      'content/reviewers.yaml:2: reviewer 1: "id" must be lowercase letters, numbers and single hyphens, like ana-rivera (got "Ana Rivera").',
      'content/reviewers.yaml:6: reviewer 1: "languages" must be a list of the languages the reviewer reads, like [en, es] (got "en").',
      'content/reviewers.yaml:7: reviewer 1: "example" must be true or false (got "yes").',
    ]);
    expect(refusal(() => parseReviewers(entry((line) => line.replace('id: ana-rivera', 'id: 12').replace('[en]', '[]'), ['    email: ana@example.org']), 'content/reviewers.yaml'))).toEqual([
      'content/reviewers.yaml:2: reviewer 1: "id" must be text like ana-rivera (got 12).',
      'content/reviewers.yaml:6: reviewer 1: "languages" lists no language. Add the languages the reviewer reads, like [en, es].',
      'content/reviewers.yaml:2: reviewer 1 has a field this file does not use: "email". Use only id, name, credentials, role, languages and example.',
    ]);
  });

  it('asks for each missing field of a reviewer, at the line of the entry', () => {
    expect(refusal(() => parseReviewers(['reviewers:', '  - name: Ana Rivera', '    credentials: PT, DPT', ''].join('\n'), 'content/reviewers.yaml'))).toEqual([
      'content/reviewers.yaml:2: reviewer 1: "id" is missing. Add a line like: id: ana-rivera',
      'content/reviewers.yaml:2: reviewer 1: "role" is missing. Add "role: clinical" for a reviewer who checks pages against the clinic\'s article, or "role: translation" for a translator.',
      'content/reviewers.yaml:2: reviewer 1: "languages" is missing. Add a line like: languages: [en, es] (the languages the reviewer reads).',
    ]);
  });

  it('says how the file lists reviewers when it does not', () => {
    const refused = (text: string) => refusal(() => parseReviewers(text, 'content/reviewers.yaml'));
    expect(refused('people: []\n')).toEqual([
      'content/reviewers.yaml:1: "reviewers" is missing. Add a "reviewers:" list with one entry for each person who reviews pages.',
      'content/reviewers.yaml:1: has a field this file does not use: "people". Use only reviewers.',
    ]);
    expect(refused('reviewers: ana-rivera\n')).toEqual([
      'content/reviewers.yaml:1: "reviewers" must be a "reviewers:" list with one entry for each person who reviews pages, each starting with "- " (got "ana-rivera").',
    ]);
    expect(refused('reviewers:\n  - ana-rivera\n')).toEqual([
      'content/reviewers.yaml:2: reviewer 1 must be a reviewer with the fields id, name, credentials, role, languages and example.',
    ]);
    expect(refused('- ana-rivera\n')).toEqual(['content/reviewers.yaml:1: must have a "reviewers" list.']);
  });

  it('refuses two reviewers with one id', () => {
    expect(refusal(() => parseReviewers(['reviewers:', ...ANA, ...ANA, ''].join('\n'), 'content/reviewers.yaml'))).toEqual([
      'content/reviewers.yaml:7: the id "ana-rivera" is used by an earlier reviewer too. Give each reviewer their own id.',
    ]);
  });
});
