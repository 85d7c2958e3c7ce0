import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { publicDirFor } from './content-paths';

/**
 * True while an editor previews the site with `npm run dev`: files change between requests, so
 * what was read must be read again once they do. A build reads each file once.
 */
export function isLivePreview(): boolean {
  return process.env.NODE_ENV === 'development';
}

/** "name size modified" for every entry below a folder; nothing when the folder is not there. */
async function entriesBelow(folder: string): Promise<string[]> {
  let names: string[];
  try {
    // With file types, a listing never descends into a link to a folder (content/es pointing at /), as a listing of names does.
    names = (await readdir(folder, { recursive: true, withFileTypes: true })).map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
  } catch {
    // Stryker disable next-line ArrayDeclaration: the version is only compared with the one before it, and a missing folder's stamp stays the same while nothing changes.
    return [];
  }
  const stamps = await Promise.all(
    names.map(async (name) => {
      try {
        // lstat: a link in content/ is refused, never followed, so its own stamp is what counts.
        const stats = await lstat(path.join(folder, name));
        return `${name} ${stats.size} ${stats.mtimeMs}`;
      }
      // Stryker disable next-line BlockStatement: the version is only compared with the one before it, and a file deleted while listed changes it either way.
      catch {
        // Deleted between the listing and now: the next request sees the folder without it.
        // Stryker disable next-line StringLiteral: the version is only compared with the one before it, and any stamp of a deleted file does.
        return `${name} gone`;
      }
    }),
  );
  // Stryker disable next-line MethodExpression: the version is only compared with the one before it, and readdir lists in the same order while nothing changes.
  return stamps.sort();
}

/**
 * A stamp of everything the loaders read from a content folder: the files in it and in its
 * languages' folders, and the images beside it in public/. It changes when a file is saved,
 * added, renamed or removed, which is when the preview must read the folder again.
 */
export async function contentVersion(contentDir: string): Promise<string> {
  const [content, images] = await Promise.all([entriesBelow(contentDir), entriesBelow(publicDirFor(contentDir))]);
  // Stryker disable next-line StringLiteral: the version is only compared with the one before it, whatever separates its parts.
  return [...content, '', ...images].join('\n');
}
