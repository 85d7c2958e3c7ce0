import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { bodyBlocks, changedBlocks, fingerprintOf, isStatement, pageBlocks, textFingerprint } from '@/lib/content/blocks';

const parse = (markdown: string) => remark().use(remarkGfm).parse(markdown);
const sameLine = (line: number | undefined) => line;

const body = `Dry needling is *not* right for everyone. See [who should not have it](/who/).

## Who it is not recommended for

- People with infections
- People with bleeding disorders
  - nested item

> A quoted paragraph.

| | Dry needling | Acupuncture |
|---|---|---|
| Rooted in | Western medicine | Meridians |

![A needle](/needle.jpg)

\`\`\`
code is not read as a statement
\`\`\`

- First paragraph of an item.

  Its second <b>paragraph</b>.
-
- Use <em>ice</em>.[^1]

| Cell with <br> a break | Two |
|---|---|

[^1]: A footnote.
`;

describe('bodyBlocks', () => {
  // Parsed in each test, not once for the file: a test then fails for any change in how blocks are found.
  const blocksOfBody = () => bodyBlocks(parse(body), sameLine);

  it('gives every paragraph, heading, list item, table row and footnote in reading order, with its line and the words a reader sees (an image by its description, no HTML tags)', () => {
    expect(blocksOfBody().map((each) => [each.kind, each.text, each.line])).toEqual([
      ['paragraph', 'Dry needling is not right for everyone. See who should not have it.', 1],
      ['heading', 'Who it is not recommended for', 3],
      ['list-item', 'People with infections', 5],
      ['list-item', 'People with bleeding disorders', 6],
      ['list-item', 'nested item', 7],
      ['paragraph', 'A quoted paragraph.', 9],
      ['table-row', '| Dry needling | Acupuncture', 11],
      ['table-row', 'Rooted in | Western medicine | Meridians', 13],
      ['paragraph', 'A needle', 15],
      ['list-item', 'First paragraph of an item. Its second paragraph.', 21],
      ['list-item', 'Use ice.', 25],
      ['table-row', 'Cell with a break | Two', 27],
      ['paragraph', 'A footnote.', 30],
    ]);
  });

  it('counts only paragraphs, list items and table rows as statements', () => {
    expect(blocksOfBody().filter(isStatement).map((each) => each.kind)).not.toContain('heading');
    expect(blocksOfBody().filter(isStatement)).toHaveLength(12);
  });

  it('finds the blocks of a heading, a list item and a table row without their HTML tags', () => {
    const blocks = bodyBlocks(parse('## Ice <em>packs</em>\n\n- Rest <b>well</b>\n\n| <i>A</i> |\n|---|\n'), sameLine);
    expect(blocks.map((each) => each.text)).toEqual(['Ice packs', 'Rest well', 'A']);
  });

  it('turns body lines into file lines', () => {
    expect(bodyBlocks(parse('One.\n\nTwo.'), (line) => (line === undefined ? undefined : line + 10)).map((each) => each.line)).toEqual([11, 13]);
  });
});

describe('fingerprints', () => {
  it('ignore how the Markdown wraps and emphasizes the words, and nothing else', () => {
    const fingerprint = (markdown: string) => bodyBlocks(parse(markdown), sameLine).map((each) => each.fingerprint);
    const plain = fingerprint('Dry needling is not right for everyone.');
    expect(fingerprint('Dry needling is\n*not* right   for everyone.')).toEqual(plain);
    expect(fingerprint('Dry needling is not right for anyone.')).not.toEqual(plain);
    expect(plain).toEqual([expect.stringMatching(/^[0-9a-f]{16}$/)]);
  });

  it('are the same for the same words in another Unicode form or with spaces around them', () => {
    expect(fingerprintOf('paragraph', '  Caf\u0065\u0301 au lait.\n')).toBe(fingerprintOf('paragraph', 'Caf\u00e9 au lait.'));
  });

  it('differ by kind for the same words', () => {
    expect(fingerprintOf('heading', 'Side effects')).not.toBe(fingerprintOf('paragraph', 'Side effects'));
  });

  it('of a whole text change when a block is added, removed, changed or moved', () => {
    const text = (markdown: string) => textFingerprint(bodyBlocks(parse(markdown), sameLine));
    const original = text('One.\n\nTwo.');
    expect(text('One.\n\nTwo.')).toBe(original);
    for (const edited of ['One.\n\nTwo.\n\nThree.', 'One.', 'One.\n\nTwo!', 'Two.\n\nOne.']) expect(text(edited)).not.toBe(original);
  });
});

describe('pageBlocks', () => {
  it('starts with the title and description on their front-matter lines', () => {
    const blocks = pageBlocks({ title: 'After effects', description: 'What you may feel.' }, { title: 2, description: 3 }, parse('Body.'), sameLine);
    expect(blocks.map((each) => [each.kind, each.text, each.line])).toEqual([
      ['title', 'After effects', 2],
      ['description', 'What you may feel.', 3],
      ['paragraph', 'Body.', 1],
    ]);
  });
});

describe('changedBlocks', () => {
  it('names the blocks that are new or changed, and counts those removed', () => {
    const before = bodyBlocks(parse('One.\n\nTwo.\n\nThree.'), sameLine).map((each) => each.fingerprint);
    const now = bodyBlocks(parse('One.\n\nTwo, changed.'), sameLine);
    const changes = changedBlocks(before, now);
    expect(changes.changed.map((each) => [each.text, each.line])).toEqual([['Two, changed.', 3]]);
    expect(changes.removed).toBe(2);
  });
});
