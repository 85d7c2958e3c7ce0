import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { english, spanish } from '@/lib/i18n/languages';
import { oncePerContentFolder, oncePerLanguage } from '@/lib/content/once-per-folder';

let folder = '';
let other = '';
beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'once-'));
  other = await mkdtemp(path.join(os.tmpdir(), 'once-other-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  await rm(other, { recursive: true, force: true });
});
afterEach(() => {
  vi.unstubAllEnvs();
});

/** A loader that counts its readings and gives back which one it is. */
function counting() {
  let readings = 0;
  const load = vi.fn(async (contentDir: string) => `${path.basename(contentDir)} reading ${(readings += 1)}`);
  return { load, once: oncePerContentFolder(load) };
}

describe('oncePerContentFolder in a build', () => {
  it('reads each folder once, however many pages ask', async () => {
    const { load, once } = counting();
    const results = await Promise.all([once(folder), once(folder), once(other), once(folder)]);
    expect(results).toEqual([`${path.basename(folder)} reading 1`, `${path.basename(folder)} reading 1`, `${path.basename(other)} reading 2`, `${path.basename(folder)} reading 1`]);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('keeps a failure too, so every page reports the same problems', async () => {
    const load = vi.fn(async () => {
      throw new Error('content/after-effects.md: the title is missing.');
    });
    const once = oncePerContentFolder(load);
    await expect(once(folder)).rejects.toThrow('the title is missing');
    await expect(once(folder)).rejects.toThrow('the title is missing');
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe("oncePerContentFolder in the editors' preview (npm run dev)", () => {
  it('reads a folder again once a file in it changes, and keeps the reading while nothing does', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    const { load, once } = counting();
    expect(await once(folder)).toBe(`${path.basename(folder)} reading 1`);
    expect(await once(folder)).toBe(`${path.basename(folder)} reading 1`);
    await writeFile(path.join(folder, 'after-effects.md'), '---\ntitle: After\n---\n');
    expect(await once(folder)).toBe(`${path.basename(folder)} reading 2`);
    expect(await once(folder)).toBe(`${path.basename(folder)} reading 2`);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('oncePerLanguage', () => {
  it("reads a folder once for each language, and again for another set of the site's languages", async () => {
    const load = vi.fn(async (contentDir: string, language: { code: string }, languages: readonly { code: string }[]) => `${language.code} of ${languages.map((each) => each.code).join('+')}`);
    const once = oncePerLanguage(load);
    expect(await once(folder, english, [english, spanish])).toBe('en of en+es');
    expect(await once(folder, spanish, [english, spanish])).toBe('es of en+es');
    expect(await once(folder, english, [english])).toBe('en of en');
    expect(await once(folder, english, [english, spanish])).toBe('en of en+es');
    expect(load).toHaveBeenCalledTimes(3);
  });
});
