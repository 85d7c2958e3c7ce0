import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MAX_CONTENT_FILE_BYTES, listContentFolder, readContentFile } from '@/lib/content/content-files';
import { TRACES_FOLDER } from '@/lib/content/content-paths';
import { problemLine } from '@/lib/content/problem';
import { contentFixture } from '@/tests/fixtures/content-fixture';
import { temporaryContent } from '@/tests/fixtures/temporary-content';

/** What an editor reads when a file is refused; the test fails if it is read. */
async function refusal(filePath: string): Promise<string> {
  const read = await readContentFile(filePath);
  if (!('problem' in read)) throw new Error(`expected ${filePath} to be refused`);
  return problemLine(read.problem);
}

// Running as root, no file is ever unreadable for lack of permission: these tests make open() fail as it would for an editor.
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof fsPromises>();
  return { ...original, open: vi.fn(original.open) };
});

/** Makes the next open() fail with this error code, as the system reports it. */
function nextOpenFails(code: string): void {
  vi.mocked(fsPromises.open).mockRejectedValueOnce(Object.assign(new Error(`${code}: failed`), { code }));
}

const ARTICLE = readFileSync(path.join(contentFixture('valid'), 'after-effects.md'), 'utf8');

describe('readContentFile', () => {
  it('reads a normal file as text', async () => {
    const content = temporaryContent('valid');
    expect(await readContentFile(path.join(content.dir, 'after-effects.md'))).toEqual({ source: ARTICLE });
  });

  it.each([
    ['to an article in the same folder', 'after-effects.md'],
    ['to a file outside the repository', '/etc/hostname'],
    ['to nothing at all (dangling)', 'no-such-file.md'],
  ])('refuses a link %s and never reads through it', async (_, target) => {
    const content = temporaryContent('valid');
    symlinkSync(target, path.join(content.dir, 'benefits.md'));
    expect(await refusal(path.join(content.dir, 'benefits.md'))).toBe(`${content.shown('benefits.md')}: is a link to another file, and links in content/ are never followed. Put the file itself here instead of the link.`);
  });

  it('refuses a folder whose name ends in .md', async () => {
    const content = temporaryContent('valid');
    mkdirSync(path.join(content.dir, 'benefits.md'));
    expect(await refusal(path.join(content.dir, 'benefits.md'))).toBe(`${content.shown('benefits.md')}: is a folder, not a file. Only files are read from content/: rename the folder, or move it out of content/.`);
  });

  it('refuses a special file such as a named pipe, which would never finish reading', async () => {
    const content = temporaryContent('valid');
    execFileSync('mkfifo', [path.join(content.dir, 'benefits.md')]);
    expect(await refusal(path.join(content.dir, 'benefits.md'))).toBe(`${content.shown('benefits.md')}: is not a normal file. Replace it with the file itself.`);
  });

  it(`reads a file of exactly ${MAX_CONTENT_FILE_BYTES / 1024} KB and refuses one byte more, saying how large it is`, async () => {
    const content = temporaryContent('valid');
    const file = path.join(content.dir, 'benefits.md');
    writeFileSync(file, ARTICLE.padEnd(MAX_CONTENT_FILE_BYTES, 'x'));
    // All of it, to the last byte.
    expect(await readContentFile(file)).toEqual({ source: ARTICLE.padEnd(MAX_CONTENT_FILE_BYTES, 'x') });
    writeFileSync(file, ARTICLE.padEnd(MAX_CONTENT_FILE_BYTES + 1, 'x'));
    expect(await refusal(file)).toBe(`${content.shown('benefits.md')}: is 65 KB; a file in content/ may be at most 64 KB. Patient pages should be short: split it into several articles.`);
  });

  it('says how large a much larger file is, in MB', async () => {
    const content = temporaryContent('valid');
    const file = path.join(content.dir, 'benefits.md');
    writeFileSync(file, ARTICLE.padEnd(5 * 1024 * 1024, 'Dry needling may ease pain. '));
    expect(await refusal(file)).toBe(`${content.shown('benefits.md')}: is 5.0 MB; a file in content/ may be at most 64 KB. Patient pages should be short: split it into several articles.`);
  });

  it(`says exactly 1 MB as 1.0 MB, and one byte less in KB`, async () => {
    const content = temporaryContent('valid');
    const file = path.join(content.dir, 'benefits.md');
    writeFileSync(file, ARTICLE.padEnd(1024 * 1024, 'x'));
    expect(await refusal(file)).toBe(`${content.shown('benefits.md')}: is 1.0 MB; a file in content/ may be at most 64 KB. Patient pages should be short: split it into several articles.`);
    writeFileSync(file, ARTICLE.padEnd(1024 * 1024 - 1, 'x'));
    expect(await refusal(file)).toBe(`${content.shown('benefits.md')}: is 1024 KB; a file in content/ may be at most 64 KB. Patient pages should be short: split it into several articles.`);
  });

  it.each([
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['EISDIR', 'it is a folder'],
    ['EIO', 'EIO'],
  ])('says why a file that cannot be opened (%s) is refused, in words where there are some', async (code, reason) => {
    const content = temporaryContent('valid');
    nextOpenFails(code);
    expect(await refusal(path.join(content.dir, 'after-effects.md'))).toBe(`${content.shown('after-effects.md')}: the file cannot be read (${reason}). Check that it is a normal file you can open.`);
  });

  it('reports a file removed between the check and the reading as missing', async () => {
    const content = temporaryContent('valid');
    nextOpenFails('ENOENT');
    expect(await readContentFile(path.join(content.dir, 'after-effects.md'))).toEqual({ missing: true });
  });

  it('names the file when the system cannot even say what it is', async () => {
    const name = `${'a'.repeat(300)}.md`;
    const content = temporaryContent('valid');
    expect(await refusal(path.join(content.dir, name))).toBe(`${content.shown(name)}: the file cannot be read (ENAMETOOLONG). Check that it is a normal file you can open.`);
  });

  it('refuses a file that is not UTF-8 with its line, and drops a byte order mark at the start', async () => {
    const content = temporaryContent('valid');
    const file = path.join(content.dir, 'benefits.md');
    writeFileSync(file, Buffer.concat([Buffer.from('---\ntitle: Punci'), Buffer.from([0xf3]), Buffer.from('n\n---\n')]));
    expect(await refusal(file)).toBe(
      `${content.shown('benefits.md')}:2: has a character that is not UTF-8 text (the file was probably saved as "Western" or "Windows-1252"). Save it again as UTF-8 and check the accented letters on this line.`,
    );
    writeFileSync(file, `\ufeff${ARTICLE}`);
    expect(await readContentFile(file)).toEqual({ source: ARTICLE });
  });

  it('refuses a file with an invisible character, naming it and its line', async () => {
    const content = temporaryContent('valid');
    const file = path.join(content.dir, 'benefits.md');
    writeFileSync(file, ARTICLE.replace('title: ', 'title: \u202e'));
    expect(await refusal(file)).toBe(
      `${content.shown('benefits.md')}:2: has the invisible character U+202E (right-to-left override), which can hide or reverse text on the page. Delete it: retype the words around it, or paste them as plain text.`,
    );
  });

  it.each([
    ['CR LF', '\r\n'],
    ['LF', '\n'],
  ])('reads a file whose lines end in %s', async (_, lineEnd) => {
    const content = temporaryContent('valid');
    const file = path.join(content.dir, 'benefits.md');
    writeFileSync(file, ARTICLE.replaceAll('\n', lineEnd));
    expect(await readContentFile(file)).toEqual({ source: ARTICLE.replaceAll('\n', lineEnd) });
  });

  it('reports a file that is not there as missing, for the data files to say what belongs in it', async () => {
    expect(await readContentFile(path.join(contentFixture('valid'), 'no-such-file.yaml'))).toEqual({ missing: true });
  });
});

describe('listContentFolder', () => {
  it('refuses a language folder that is a link to a folder elsewhere, and lists nothing in it', async () => {
    const content = temporaryContent('translations');
    const outside = temporaryContent('translations');
    rmSync(path.join(content.dir, 'es'), { recursive: true });
    symlinkSync(path.join(outside.dir, 'es'), path.join(content.dir, 'es'));
    const folder = await listContentFolder(path.join(content.dir, 'es'));
    expect(folder.articleFiles).toEqual([]);
    expect(folder.problems.map(problemLine)).toEqual([
      `${content.shown('es')}: is a link to another folder, and links in content/ are never followed. Put the folder itself here instead of the link.`,
    ]);
  });

  it('lists the article files and nothing to report in a folder that holds only articles, data files and notes', async () => {
    const folder = await listContentFolder(contentFixture('valid'), [TRACES_FOLDER]);
    expect(folder.articleFiles.map((file) => path.basename(file))).toEqual(['after-effects.md', 'availability.md', 'what-is-dry-needling.md']);
    expect(folder.problems).toEqual([]);
  });

  it('lists a folder named *.md as an article file, so reading it reports it', async () => {
    const folder = await listContentFolder(contentFixture('folder-named-md'));
    expect(folder.articleFiles.map((file) => path.basename(file))).toEqual(['availability.md', 'benefits.md']);
    expect(folder.problems).toEqual([]);
  });

  it('reports a Markdown file whose extension is not lowercase, instead of skipping it', async () => {
    expect((await listContentFolder(contentFixture('upper-case-extension'))).problems.map(problemLine)).toEqual([
      'tests/fixtures/content/upper-case-extension/benefits.MD: ends in ".MD", and only files ending in lowercase ".md" are read. Rename it to benefits.md.',
    ]);
  });

  it('reports every file in a subfolder, instead of skipping it', async () => {
    const folder = 'tests/fixtures/content/file-in-subfolder';
    const rest = `is in a folder inside ${folder}/, and nothing in such folders is published. Move articles and data files into ${folder}/ itself, and images into public/.`;
    expect((await listContentFolder(contentFixture('file-in-subfolder'))).problems.map(problemLine)).toEqual([
      `${folder}/drafts/benefits.md: ${rest}`,
      `${folder}/drafts/questions.txt: ${rest}`,
    ]);
  });

  it('leaves the system’s own dotfiles in a subfolder alone', async () => {
    const content = temporaryContent('valid');
    mkdirSync(path.join(content.dir, 'drafts'));
    writeFileSync(path.join(content.dir, 'drafts', '.DS_Store'), '');
    expect((await listContentFolder(content.dir, [TRACES_FOLDER])).problems).toEqual([]);
  });

  it('lists the article files in name order, whatever order they were saved in', async () => {
    const content = temporaryContent('valid');
    for (const name of ['who-should-not-have-it.md', 'benefits.md', 'questions.md', 'acupuncture.md']) writeFileSync(path.join(content.dir, name), ARTICLE);
    expect((await listContentFolder(content.dir)).articleFiles.map((file) => path.basename(file))).toEqual([
      'acupuncture.md',
      'after-effects.md',
      'availability.md',
      'benefits.md',
      'questions.md',
      'what-is-dry-needling.md',
      'who-should-not-have-it.md',
    ]);
  });

  it('reports files in folders inside folders, and leaves hidden folders alone', async () => {
    const content = temporaryContent('valid');
    mkdirSync(path.join(content.dir, 'drafts', 'old', '.cache'), { recursive: true });
    mkdirSync(path.join(content.dir, '.obsidian'));
    writeFileSync(path.join(content.dir, 'drafts', 'old', 'benefits.md'), ARTICLE);
    writeFileSync(path.join(content.dir, 'drafts', 'old', '.cache', 'benefits.md'), ARTICLE);
    writeFileSync(path.join(content.dir, '.obsidian', 'workspace.json'), '{}');
    expect((await listContentFolder(content.dir, [TRACES_FOLDER])).problems.map(problemLine)).toEqual([
      `${content.shown('drafts/old/benefits.md')}: is in a folder inside ${content.shown('')}/, and nothing in such folders is published. Move articles and data files into ${content.shown('')}/ itself, and images into public/.`,
    ]);
  });

  it('leaves the folders of the other languages to be read on their own', async () => {
    const content = temporaryContent('valid');
    mkdirSync(path.join(content.dir, 'es'));
    writeFileSync(path.join(content.dir, 'es', 'beneficios.md'), ARTICLE);
    expect((await listContentFolder(content.dir, ['es', TRACES_FOLDER])).problems).toEqual([]);
    expect((await listContentFolder(content.dir, [TRACES_FOLDER])).problems).toHaveLength(1);
  });

});
