import { readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { english } from '@/lib/i18n/languages';
import { loadArticles } from '@/lib/content/articles';
import { loadAvailability } from '@/lib/content/availability';
import { loadSitePages } from '@/lib/site/site-pages';
import { refusalOf } from '@/tests/fixtures/content-fixture';
import { temporaryContent } from '@/tests/fixtures/temporary-content';

/**
 * Saves a file as an editor's editor does. The modification time is set a second ahead, so the
 * test does not depend on how finely the file system records it.
 */
function save(file: string, text: string): void {
  writeFileSync(file, text);
  const later = new Date(Date.now() + 1000);
  utimesSync(file, later, later);
}

function change(file: string, from: string | RegExp, to: string): void {
  const source = readFileSync(file, 'utf8');
  const changed = source.replace(from, to);
  expect(changed).not.toBe(source);
  save(file, changed);
}

// `npm run dev` runs with NODE_ENV=development; the builds' behaviour is in articles.test.ts
// ("reads each file once, however many pages ask for the articles").
describe('the loaders in the editors\' preview (NODE_ENV=development)', () => {
  beforeEach(() => {
    vi.stubEnv('NODE_ENV', 'development');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('read an article again once it is saved, and keep what they read while nothing changes', async () => {
    const content = temporaryContent('valid');
    const first = await loadArticles(content.dir);
    expect(await loadArticles(content.dir)).toBe(first);

    change(path.join(content.dir, 'after-effects.md'), /^title: .*$/m, 'title: Edited after the first reading');
    const edited = await loadArticles(content.dir);
    expect(edited.find((article) => article.slug === 'after-effects')?.title).toBe('Edited after the first reading');
    expect(await loadArticles(content.dir)).toBe(edited);
  });

  it('list a new article file and drop a removed one', async () => {
    const content = temporaryContent('valid');
    const slugs = async () => (await loadArticles(content.dir)).map((article) => article.slug);
    expect(await slugs()).toEqual(['what-is-dry-needling', 'after-effects', 'availability']);

    const source = readFileSync(path.join(content.dir, 'after-effects.md'), 'utf8');
    save(
      path.join(content.dir, 'new-page.md'),
      source.replace(/^title: .*$/m, 'title: A new page').replace(/^description: .*$/m, 'description: "A page added while the preview runs."').replace(/^order: .*$/m, 'order: 9'),
    );
    expect(await slugs()).toEqual(['what-is-dry-needling', 'after-effects', 'availability', 'new-page']);

    rmSync(path.join(content.dir, 'new-page.md'));
    expect(await slugs()).toEqual(['what-is-dry-needling', 'after-effects', 'availability']);
  });

  it('report a mistake saved in a data file, then read the fixed file', async () => {
    const content = temporaryContent('valid');
    const file = path.join(content.dir, 'availability.yaml');
    const original = readFileSync(file, 'utf8');
    await loadAvailability(content.dir);

    change(file, 'code: AL,', 'code: XX,');
    expect(await refusalOf(loadAvailability(content.dir), 'availability.yaml with XX')).toEqual(
      expect.arrayContaining([expect.stringMatching(/availability\.yaml:\d+: .*"XX" is not a US state code/)]),
    );

    save(file, original);
    expect((await loadAvailability(content.dir)).states.find((state) => state.code === 'AL')).toBeDefined();
  });

  it('build the list of site pages again once a file changes', async () => {
    const content = temporaryContent('aliases');
    const titleOf = async () => (await loadSitePages(content.dir, [english])).find((page) => page.path === '/after-effects/')?.title;
    const before = await titleOf();
    expect(before).toBeDefined();

    change(path.join(content.dir, 'after-effects.md'), /^title: .*$/m, 'title: A title saved during the preview');
    expect(await titleOf()).toBe('A title saved during the preview');
  });
});
