import { describe, it, expect } from 'vitest';
import { splitFrontMatter } from '@/lib/content/front-matter';
import { MAX_YAML_DEPTH } from '@/lib/content/yaml';
import { BILLION_LAUGHS, nestedLists } from '@/tests/fixtures/yaml-attacks';

const article = `---
title: Who should not have dry needling
published: 2024-07-22
order: 7
---

Tell your physical therapist if you bleed easily.
`;

describe('splitFrontMatter', () => {
  it('separates the fields from the text of the article', () => {
    const { data, body } = splitFrontMatter(article);
    expect(data).toEqual({
      title: 'Who should not have dry needling',
      published: '2024-07-22',
      order: 7,
    });
    expect(typeof (data as { published: unknown }).published).toBe('string');
    expect(body.trim()).toBe('Tell your physical therapist if you bleed easily.');
  });

  it('refuses a field written twice instead of keeping the last one', () => {
    const repeated = `---
title: What is dry needling?
title: What dry needling is
---

Dry needling is a treatment your physical therapist may use.
`;
    expect(() => splitFrontMatter(repeated)).toThrow(
      expect.objectContaining({ message: 'a field is written twice. Keep one of the two lines.', line: 3 }),
    );
  });

  it.each(['js', 'javascript', 'JS'])('refuses ---%s front matter without running it', (language) => {
    const code = `---${language}
{ title: (globalThis.__frontMatterRan = true, "What is dry needling?") }
---

Dry needling is a treatment your physical therapist may use.
`;
    expect(() => splitFrontMatter(code)).toThrow(
      'front matter written as JavaScript is not allowed. Start the file with a line of three dashes (---) and write the fields as YAML, like title: What is dry needling?',
    );
    expect((globalThis as { __frontMatterRan?: boolean }).__frontMatterRan).toBeUndefined();
  });

  it.each(['coffee', 'toml'])('refuses ---%s front matter and asks for YAML', (language) => {
    const other = `---${language}
title = "What is dry needling?"
---

Dry needling is a treatment your physical therapist may use.
`;
    expect(() => splitFrontMatter(other)).toThrow(
      `front matter written as "${language}" is not supported. Start the file with a line of three dashes (---) and write the fields as YAML, like title: What is dry needling?`,
    );
  });

  it('reports where the body starts, so problems in it can be given file line numbers', () => {
    expect(splitFrontMatter(article).bodyStartLine).toBe(6);
    expect(splitFrontMatter('Just text, no front matter.').bodyStartLine).toBe(1);
  });

  it('gives every call its own fields, so one page cannot change another', () => {
    const first = splitFrontMatter(article);
    (first.data as { title: string }).title = 'Changed by another page';
    expect(splitFrontMatter(article).data).toMatchObject({ title: 'Who should not have dry needling' });
  });

  it('reads a file saved with Windows line endings exactly like any other', () => {
    const windows = splitFrontMatter(article.replace(/\n/g, '\r\n'));
    expect(windows.data).toEqual(splitFrontMatter(article).data);
    expect(windows.bodyStartLine).toBe(6);
  });

  it('reads a file whose lines end in a carriage return alone (old Mac files) exactly like any other', () => {
    const oldMac = splitFrontMatter(article.replace(/\n/g, '\r'));
    expect(oldMac.data).toEqual(splitFrontMatter(article).data);
    expect(oldMac.bodyStartLine).toBe(6);
  });

  it.each(['yaml', 'yml', ' YAML '])('reads front matter that names its language as ---%s', (language) => {
    expect(splitFrontMatter(`---${language}\ntitle: What is dry needling?\n---\n\nText.\n`).data).toEqual({ title: 'What is dry needling?' });
  });

  it('refuses JavaScript front matter however the opening line spaces its name', () => {
    expect(() => splitFrontMatter('--- js \n{ title: "x" }\n---\n')).toThrow(/^front matter written as JavaScript is not allowed/);
  });

  it('gives the file line of a field, as an editor counts lines, whichever line breaks the file was saved with', () => {
    const fields = ['---', 'title: A', 'nextReviewer: B', 'nextReview: 2025-07-22', '---', '', 'Text.', ''];
    for (const lineBreak of ['\n', '\r\n', '\r']) {
      const { lineOf } = splitFrontMatter(fields.join(lineBreak));
      expect([lineOf(['title']), lineOf(['nextReview'])]).toEqual([2, 4]);
    }
  });

  it('reads dashes inside the text of a file without front matter as text, such as --- written for a dash', () => {
    const source = 'Soreness---usually mild---passes in a day or two.\n';
    expect(splitFrontMatter(source)).toMatchObject({ data: {}, body: source, bodyStartLine: 1 });
  });

  it('reads front matter of comments only as no fields, so each missing field is named', () => {
    expect(splitFrontMatter('---\n# To do: fill in the fields\n---\n\nText.\n').data).toEqual({});
  });

  it('treats a file that starts with a Markdown rule (----) as having no front matter', () => {
    expect(splitFrontMatter('----\n\nTell your physical therapist if you bleed easily.\n').data).toEqual({});
  });

  it('turns any other front matter failure into a message that asks for YAML', () => {
    expect(() => splitFrontMatter('---yml')).toThrow(/^the front matter cannot be read \(.*\)\. Start the file with a line of three dashes/);
  });
});

describe('splitFrontMatter with hostile YAML', () => {
  // The front matter starts on line 2 of the file, after the opening ---.
  it.each([
    ['the billion laughs', BILLION_LAUGHS, 3, 'the YAML uses 72 aliases (*name, repeating the value marked &name); at most 10 are read. Write the values out in full.'],
    ['lists nested nine levels deep', nestedLists(MAX_YAML_DEPTH), 1, 'the YAML nests lists and fields 9 levels deep; at most 8 are read. Write the entries the way docs/editors.md shows them.'],
    ['a tag', 'tagged: !!binary aGk=', 1, 'a YAML tag (a word starting with ! or !!) is not something this site reads. Remove it and write the value plainly.'],
  ] as const)('refuses %s with a message and the line of the file', (_, hostile, line, message) => {
    expect(() => splitFrontMatter(`---\n${hostile}\n${article.slice(4)}`)).toThrow(expect.objectContaining({ message, line: line + 1 }));
  });
});
