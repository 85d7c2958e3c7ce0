import { constants } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import path from 'node:path';
import { displayPath } from './content-paths';
import { errorAt, type Problem } from './problem';

/**
 * The largest file in content/ that is read at all: 64 KB. The longest article is about 2 KB
 * (some 350 words) and the largest data file about 3 KB, so this leaves some 20 times that,
 * while a runaway file (a pasted book, a generated dump) is refused before it reaches the
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

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
};

/** Why a file that looked fine could not be read, in words, never as a stack trace. */
function unreadable(file: string, error: unknown): ContentFileRead {
  // Stryker disable next-line StringLiteral: every error the file system gives has a code.
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (code === 'ENOENT') return { missing: true };
  return { problem: errorAt(file, undefined, `the file cannot be read (${REASONS[code] ?? code}). Check that it is a normal file you can open.`) };
}

/**
 * Reads one file of the content folder as UTF-8 text, refusing what must never be read:
 * a symbolic link (it could point anywhere on the machine: it is never followed), a folder, a
 * special file, or a file larger than MAX_CONTENT_FILE_BYTES.
 */
export async function readContentFile(filePath: string): Promise<ContentFileRead> {
  const file = displayPath(filePath);
  let stats;
  try {
    stats = await lstat(filePath);
  } catch (error) {
    return unreadable(file, error);
  }
  if (stats.isSymbolicLink()) {
    return { problem: errorAt(file, undefined, `is a link to another file, and links in content/ are never followed. Put the file itself here instead of the link.`) };
  }
  if (stats.isDirectory()) {
    return { problem: errorAt(file, undefined, `is a folder, not a file. Only files are read from content/: rename the folder, or move it out of content/.`) };
  }
  if (!stats.isFile()) return { problem: errorAt(file, undefined, `is not a normal file. Replace it with the file itself.`) };
  if (stats.size > MAX_CONTENT_FILE_BYTES) {
    return {
      problem: errorAt(file, undefined, `is ${size(stats.size)}; a file in content/ may be at most ${size(MAX_CONTENT_FILE_BYTES)}. Patient pages should be short: split it into several articles.`),
    };
  }
  try {
    // O_NOFOLLOW: should the file be swapped for a link after the check above, it is still not followed.
    const handle = await open(filePath, constants.O_RDONLY | constants.O_NOFOLLOW);
    // Stryker disable next-line ArrowFunction: the descriptor is released when the handle is collected; nothing a reader or editor sees changes.
    return { source: await handle.readFile('utf8').finally(() => handle.close()) };
  } catch (error) {
    return unreadable(file, error);
  }
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
 * (only content/ itself is read) other than the folders of the other languages (content/es/),
 * which are read as folders of their own.
 */
export async function listContentFolder(contentDir: string, languageFolders: readonly string[] = []): Promise<ContentFolder> {
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
    } else if (entry.isDirectory() && !entry.name.startsWith('.') && !languageFolders.includes(entry.name)) {
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
