import { constants } from 'node:fs';
import { lstat, open, readdir, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { ContentError } from './content-error';
import { displayPath } from './content-paths';
import { errorAt, type Problem } from './problem';
import { decodeUtf8, invisibleCharacterProblem } from './text-rules';

/**
 * The largest file the site reads at all: 64 KB. The longest article is about 2 KB (some 350
 * words), the largest data file about 3 KB and the clinic's article about 7 KB, so this leaves
 * room to grow, while a runaway file (a pasted book, a generated dump) is refused before it reaches the
 * Markdown or YAML parser and the build.
 */
export const MAX_CONTENT_FILE_BYTES = 64 * 1024;

/** "64 KB", "5.2 MB": a size as an editor reads it. */
function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A file's text, or why it is refused; `missing` lets each data file say what it should hold. */
export type ContentFileRead = { readonly source: string } | { readonly problem: Problem } | { readonly missing: true };

/** Where a file is read from, as its messages name it, and what to do with a file too large. */
export interface FilePlace {
  /** "content/": the folder as the messages name it. */
  readonly folder: string;
  readonly tooLargeAdvice: string;
}

const CONTENT_FOLDER: FilePlace = { folder: 'content/', tooLargeAdvice: 'Patient pages should be short: split it into several articles.' };

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
};

/** Why a file that looked fine could not be read, in words, never as a stack trace. */
function unreadable(file: string, place: FilePlace, error: unknown): ContentFileRead {
  // Stryker disable next-line StringLiteral: every error the file system gives has a code.
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (code === 'ENOENT') return { missing: true };
  // O_NOFOLLOW: opening a link, even one to nothing, fails with ELOOP instead of reading its target.
  if (code === 'ELOOP') {
    return { problem: errorAt(file, undefined, `is a link to another file, and links in ${place.folder} are never followed. Put the file itself here instead of the link.`) };
  }
  return { problem: errorAt(file, undefined, `the file cannot be read (${REASONS[code] ?? code}). Check that it is a normal file you can open.`) };
}

function tooLarge(file: string, place: FilePlace, bytes: number): ContentFileRead {
  return { problem: errorAt(file, undefined, `is ${size(bytes)}; a file in ${place.folder} may be at most ${size(MAX_CONTENT_FILE_BYTES)}. ${place.tooLargeAdvice}`) };
}

/** Reads at most `limit` bytes; a file still growing is cut there, and refused as too large by its caller. */
async function readUpTo(handle: FileHandle, limit: number): Promise<Buffer> {
  const buffer = Buffer.alloc(limit);
  let length = 0;
  for (;;) {
    const { bytesRead } = await handle.read(buffer, length, limit - length, length);
    length += bytesRead;
    if (bytesRead === 0 || length === limit) return buffer.subarray(0, length);
  }
}

/** The text of a file that is open, or why it is refused: what it is is asked of the open file, so it cannot change in between. */
async function readOpenFile(handle: FileHandle, file: string, place: FilePlace): Promise<ContentFileRead> {
  const stats = await handle.stat();
  if (stats.isDirectory()) {
    return { problem: errorAt(file, undefined, `is a folder, not a file. Only files are read from ${place.folder}: rename the folder, or move it out of ${place.folder}.`) };
  }
  if (!stats.isFile()) return { problem: errorAt(file, undefined, `is not a normal file. Replace it with the file itself.`) };
  if (stats.size > MAX_CONTENT_FILE_BYTES) return tooLarge(file, place, stats.size);
  const bytes = await readUpTo(handle, MAX_CONTENT_FILE_BYTES + 1);
  if (bytes.length > MAX_CONTENT_FILE_BYTES) return tooLarge(file, place, bytes.length);
  const decoded = decodeUtf8(file, bytes);
  if ('problem' in decoded) return decoded;
  const invisible = invisibleCharacterProblem(file, decoded.text);
  return invisible ? { problem: invisible } : { source: decoded.text };
}

/**
 * Reads one text file the site uses, refusing what must never be read: a symbolic link (it
 * could point anywhere on the machine: it is never followed), a folder, a special file (a named
 * pipe would never finish reading: it is opened without waiting and refused), a file larger than
 * MAX_CONTENT_FILE_BYTES, and text that is not UTF-8 or hides invisible characters (text-rules.ts).
 * Only the file itself must not be a link: the folders above it are the project's own.
 */
export async function readTextFile(filePath: string, place: FilePlace): Promise<ContentFileRead> {
  const file = displayPath(filePath);
  let handle;
  try {
    handle = await open(filePath, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return unreadable(file, place, error);
  }
  try {
    return await readOpenFile(handle, file, place);
  } catch (error) {
    return unreadable(file, place, error);
  } finally {
    await handle.close();
  }
}

/** Reads one file of the content folder (see readTextFile). */
export function readContentFile(filePath: string): Promise<ContentFileRead> {
  return readTextFile(filePath, CONTENT_FOLDER);
}

/**
 * The text of a file the site cannot do without (the availability data, the locations, …).
 * @param whenMissing What the editor is told when there is no such file: what to create.
 * @throws ContentError naming the file, when it is missing or cannot be read.
 */
export async function readRequiredContentFile(filePath: string, whenMissing: string): Promise<string> {
  const read = await readContentFile(filePath);
  if ('missing' in read) throw new ContentError([errorAt(displayPath(filePath), undefined, whenMissing)]);
  if ('problem' in read) throw new ContentError([read.problem]);
  return read.source;
}

export interface ContentFolder {
  /** Every entry named *.md, in name order: each is read (and refused if need be) as an article. */
  readonly articleFiles: readonly string[];
  /** Entries that will never be published although they look like content, each with what to do. */
  readonly problems: readonly Problem[];
}

/** Every file below a subfolder, without following links; names starting with a dot (.DS_Store) are the system's own. */
async function filesBelow(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => !entry.isDirectory() && !path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).some((part) => part.startsWith('.')))
    .map((entry) => path.join(entry.parentPath, entry.name));
  // Stryker disable next-line MethodExpression: as for the listing of the folder itself, this machine lists names in order.
  return files.sort();
}

/**
 * What is in a content folder: the article files, and what would otherwise be silently
 * ignored: a Markdown file whose extension is not lowercase .md, and any file in a subfolder
 * (only content/ itself is read) other than `ownFolders`, read by loaders of their own: the other
 * languages' (content/es/) and the trace files' (content/sources/). The folder itself must be one, not a link to one.
 */
export async function listContentFolder(contentDir: string, ownFolders: readonly string[] = []): Promise<ContentFolder> {
  // A link to a folder (content/es pointing elsewhere on the machine) is never listed, let alone read;
  // a folder that is not there is reported by the listing below, as its caller expects.
  const stats = await lstat(contentDir).catch(() => undefined);
  if (stats?.isSymbolicLink()) {
    return {
      articleFiles: [],
      problems: [
        errorAt(displayPath(contentDir), undefined, `is a link to another folder, and links in content/ are never followed. Put the folder itself here instead of the link.`),
      ],
    };
  }
  // Stryker disable next-line MethodExpression,UnaryOperator: not equivalent everywhere, but this machine's file system already lists names in order, so no test here can tell (kept for file systems that do not).
  const entries = (await readdir(contentDir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  const articleFiles: string[] = [];
  const problems: Problem[] = [];
  for (const entry of entries) {
    const entryPath = path.join(contentDir, entry.name);
    const extension = path.extname(entry.name);
    if (extension === '.md') {
      articleFiles.push(entryPath);
    } else if (extension.toLowerCase() === '.md') {
      const renamed = `${path.basename(entry.name, extension)}.md`;
      problems.push(errorAt(displayPath(entryPath), undefined, `ends in "${extension}", and only files ending in lowercase ".md" are read. Rename it to ${renamed}.`));
    } else if (entry.isDirectory() && !entry.name.startsWith('.') && !ownFolders.includes(entry.name)) {
      for (const file of await filesBelow(entryPath)) {
        problems.push(
          errorAt(
            displayPath(file),
            undefined,
            `is in a folder inside ${displayPath(contentDir)}/, and nothing in such folders is published. Move articles and data files into ${displayPath(contentDir)}/ itself, and images into public/.`,
          ),
        );
      }
    }
  }
  return { articleFiles, problems };
}
