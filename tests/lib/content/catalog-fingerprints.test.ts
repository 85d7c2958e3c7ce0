import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG_FOLDER, catalogFileOf, catalogFingerprints, changedMessages, readCatalogMessages } from '@/lib/content/catalog-fingerprints';

const HEX16 = /^[0-9a-f]{16}$/;

describe('catalogFingerprints: what a record of an interface catalog binds', () => {
  const catalog = { 'nav.home': 'Home', 'nav.next': 'Next page' };

  it('gives each message a fingerprint by its key, and the whole catalog one', () => {
    const fingerprints = catalogFingerprints(catalog);
    expect(Object.keys(fingerprints.messages)).toEqual(['nav.home', 'nav.next']);
    expect(Object.values(fingerprints.messages).every((fingerprint) => HEX16.test(fingerprint))).toBe(true);
    expect(fingerprints.text).toMatch(HEX16);
    expect(fingerprints.messages['nav.home']).not.toBe(fingerprints.messages['nav.next']);
  });

  it('does not depend on the order of the keys in the file', () => {
    expect(catalogFingerprints({ 'nav.next': 'Next page', 'nav.home': 'Home' })).toEqual(catalogFingerprints(catalog));
  });

  it('changes a message\'s fingerprint, and the whole one, for a changed word or a message moved to another key', () => {
    const before = catalogFingerprints(catalog);
    const reworded = catalogFingerprints({ ...catalog, 'nav.home': 'Start' });
    expect(reworded.messages['nav.home']).not.toBe(before.messages['nav.home']);
    expect(reworded.messages['nav.next']).toBe(before.messages['nav.next']);
    expect(reworded.text).not.toBe(before.text);
    // The same words under the other key: each message's fingerprint covers its key too.
    const swapped = catalogFingerprints({ 'nav.home': 'Next page', 'nav.next': 'Home' });
    expect(swapped.messages['nav.home']).not.toBe(before.messages['nav.next']);
    expect(swapped.text).not.toBe(before.text);
  });
});

describe('changedMessages: what changed in a catalog since a record saw it', () => {
  const before = catalogFingerprints({ a: 'one', b: 'two', c: 'three' });

  it('finds nothing when every message is as it was', () => {
    expect(changedMessages(before, catalogFingerprints({ c: 'three', b: 'two', a: 'one' }))).toBeUndefined();
  });

  it('names each new or changed message, and each one no longer there', () => {
    expect(changedMessages(before, catalogFingerprints({ a: 'one', b: 'TWO', d: 'four' }))).toEqual({ changed: ['b', 'd'], removed: ['c'] });
    expect(changedMessages(before, catalogFingerprints({ a: 'one', b: 'two' }))).toEqual({ changed: [], removed: ['c'] });
    expect(changedMessages(before, catalogFingerprints({ a: 'one', b: 'two', c: 'three', d: 'four' }))).toEqual({ changed: ['d'], removed: [] });
  });

  it('goes by the messages, not by a whole-catalog fingerprint edited by hand', () => {
    expect(changedMessages({ ...before, text: '0000000000000000' }, catalogFingerprints({ a: 'one', b: 'two', c: 'three' }))).toBeUndefined();
  });
});

describe('readCatalogMessages: a catalog file as the reviews read it', () => {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'catalogs-'));
    await writeFile(path.join(folder, 'en.json'), JSON.stringify({ 'nav.home': 'Home', count: 3, nested: { a: 'b' }, 'nav.next': 'Next' }));
    await writeFile(path.join(folder, 'list.json'), '["Home"]');
    await writeFile(path.join(folder, 'null.json'), 'null');
    await writeFile(path.join(folder, 'text.json'), '"Home"');
    await writeFile(path.join(folder, 'broken.json'), '{ "nav.home": "Home", }');
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('reads the messages that are text, leaving out any other value', async () => {
    expect(await readCatalogMessages(folder, 'en')).toEqual({ 'nav.home': 'Home', 'nav.next': 'Next' });
  });

  it.each(['list', 'null', 'text', 'broken', 'missing'])('has no messages for a catalog that is not an object of messages (%s)', async (code) => {
    expect(await readCatalogMessages(folder, code)).toBeUndefined();
  });

  it('reads the real English catalog', async () => {
    const english = await readCatalogMessages(CATALOG_FOLDER, 'en');
    expect(Object.keys(english ?? {}).length).toBeGreaterThan(50);
  });
});

describe('catalogFileOf: a catalog file as an editor names it', () => {
  it('names it from the repository', () => {
    expect(catalogFileOf(CATALOG_FOLDER, 'es')).toBe('lib/i18n/messages/es.json');
  });
});
