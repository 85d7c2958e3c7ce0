import { mkdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentVersion } from '@/lib/content/content-version';
import { temporaryContent } from '@/tests/fixtures/temporary-content';

/** Saves a file as an editor's text editor does: new words, a later modification time. */
function save(file: string, text: string) {
  writeFileSync(file, text);
  const later = new Date(Date.now() + 5_000);
  utimesSync(file, later, later);
}

describe('contentVersion: when the editors’ preview reads the content again', () => {
  it('stays the same while nothing is saved', async () => {
    const content = temporaryContent('translations');
    expect(await contentVersion(content.dir)).toBe(await contentVersion(content.dir));
  });

  it('changes when a page in a language folder is saved, though the folder itself does not change', async () => {
    const content = temporaryContent('translations');
    const before = await contentVersion(content.dir);
    save(path.join(content.dir, 'es', 'efectos.md'), 'Otro texto.\n');
    expect(await contentVersion(content.dir)).not.toBe(before);
  });

  it('changes when a file is added', async () => {
    const content = temporaryContent('translations');
    const before = await contentVersion(content.dir);
    mkdirSync(path.join(content.dir, 'es'), { recursive: true });
    writeFileSync(path.join(content.dir, 'es', 'nueva.md'), 'Nueva.\n');
    expect(await contentVersion(content.dir)).not.toBe(before);
  });

  it('never looks inside a link to a folder elsewhere: the link is refused, and nothing behind it is read', async () => {
    const content = temporaryContent('translations');
    const outside = temporaryContent('translations');
    rmSync(path.join(content.dir, 'es'), { recursive: true });
    symlinkSync(path.join(outside.dir, 'es'), path.join(content.dir, 'es'));
    const before = await contentVersion(content.dir);
    save(path.join(outside.dir, 'es', 'efectos.md'), 'Otro texto.\n');
    expect(await contentVersion(content.dir)).toBe(before);
  });
});
