import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { displayPath } from './content-paths';

/** Where the interface catalogs are, one per language (lib/i18n/README.md). */
export const CATALOG_FOLDER = 'lib/i18n/messages';

/** A catalog as a record binds it: each message's fingerprint by key, and the whole catalog's. */
export interface CatalogFingerprints {
  readonly text: string;
  readonly messages: Readonly<Record<string, string>>;
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The fingerprints of a catalog's messages: a changed word, key or placeholder changes its message's fingerprint and the whole one. */
export function catalogFingerprints(messages: Readonly<Record<string, string>>): CatalogFingerprints {
  const byKey = Object.fromEntries(Object.keys(messages).sort().map((key) => [key, hash(`${key}\n${messages[key] ?? ''}`)]));
  return { text: hash(Object.entries(byKey).map(([key, fingerprint]) => `${key} ${fingerprint}`).join('\n')), messages: byKey };
}

/**
 * The keys whose message is new or changed since a record saw the catalog, and those no longer
 * there; undefined when no message changed. Messages decide, not the whole catalog's fingerprint:
 * a record edited by hand may have one that no longer adds up, and no message would explain it.
 */
export function changedMessages(before: CatalogFingerprints, now: CatalogFingerprints): { readonly changed: string[]; readonly removed: string[] } | undefined {
  const changed = Object.keys(now.messages).filter((key) => before.messages[key] !== now.messages[key]);
  const removed = Object.keys(before.messages).filter((key) => !(key in now.messages));
  return changed.length === 0 && removed.length === 0 ? undefined : { changed, removed };
}

/** One language's catalog file, as an editor names it. */
export function catalogFileOf(catalogDir: string, code: string): string {
  return displayPath(path.resolve(catalogDir, `${code}.json`));
}

/** A catalog's messages; undefined when it cannot be read as one (the catalog check says why). */
export async function readCatalogMessages(catalogDir: string, code: string): Promise<Record<string, string> | undefined> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path.join(catalogDir, `${code}.json`), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return undefined;
  }
}
