import { describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/content-error';
import { problemLine } from '@/lib/content/problem';
import { loadSourceArticle, parseSourceArticle } from '@/lib/content/source-article';
import { contentFixture, refusalOf } from '@/tests/fixtures/content-fixture';

const FILE = 'content/source.yaml';

function problemsOf(source: string): readonly string[] {
  try {
    parseSourceArticle(source, FILE);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(problemLine);
    throw error;
  }
  throw new Error('expected content/source.yaml to be refused');
}

describe('parseSourceArticle', () => {
  it("reads the article's title and its date as the editor wrote them", () => {
    expect(parseSourceArticle('title: "  Dry needling in physical therapy "\npublished: 2024-07-22\n', FILE)).toEqual({
      title: 'Dry needling in physical therapy',
      published: '2024-07-22',
    });
  });

  it('names a missing title and a date that is not a date, each on its line', () => {
    expect(problemsOf('published: July 2024\n')).toEqual([
      `${FILE}:1: "title" is missing. Add a line like: title: Dry needling in physical therapy`,
      `${FILE}:1: "published" must be a date like 2024-07-22 (got "July 2024").`,
    ]);
    expect(problemsOf('title: Dry needling in physical therapy\n\npublished: 2024-02-30\n')).toEqual([
      `${FILE}:3: "published" must be a date like 2024-07-22 (got "2024-02-30").`,
    ]);
  });

  it('names a missing date and an empty title', () => {
    expect(problemsOf('title: ""\n')).toEqual([
      `${FILE}:1: "title" is empty. Write it like: title: Dry needling in physical therapy`,
      `${FILE}:1: "published" is missing. Add a line like: published: 2024-07-22`,
    ]);
  });

  it('names a field the file does not use', () => {
    expect(problemsOf('title: Dry needling in physical therapy\npublished: 2024-07-22\nauthor: The clinic\n')).toEqual([
      `${FILE}:1: has a field this file does not use: "author". Use only title and published.`,
    ]);
  });

  it('says what the file must hold when it is not a list of fields', () => {
    expect(problemsOf('Dry needling in physical therapy, 2024-07-22\n')).toEqual([
      `${FILE}:1: must have "title" and "published", like title: Dry needling in physical therapy`,
    ]);
  });

  it('gives the line of a YAML mistake', () => {
    expect(problemsOf('title: Dry needling in physical therapy\npublished: 2024-07-22\ntitle: Again\n')).toEqual([
      `${FILE}:3: a field is written twice. Keep one of the two lines.`,
    ]);
  });
});

describe('loadSourceArticle', () => {
  it('reads source.yaml in the content folder', async () => {
    expect(await loadSourceArticle(contentFixture('valid'))).toEqual({ title: 'Dry needling in physical therapy', published: '2024-07-22' });
  });

  it('tells the editor how to write the file when it is missing', async () => {
    expect(await refusalOf(loadSourceArticle(contentFixture('broken-link')), 'a folder without source.yaml')).toEqual([
      'tests/fixtures/content/broken-link/source.yaml: the file naming the clinic\'s article is missing. Create it with two lines, the article\'s title and its date, like "title: Dry needling in physical therapy" and "published: 2024-07-22".',
    ]);
  });
});
