import { statSync } from 'node:fs';
import path from 'node:path';
import type { Definition, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { displayPath } from './content-paths';
import { errorAt, type Problem } from './problem';
import { shown } from './zod-messages';

/** `https:`, `data:`, `javascript:`: any address that names its own scheme. */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

const EXAMPLE = 'like /images/needle.jpg for the file public/images/needle.jpg';

/** The file under public/ an image address names, or undefined when it would leave public/. */
function fileFor(publicDir: string, url: string): string | undefined {
  const { pathname } = new URL(url, 'https://site.invalid');
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const file = path.join(publicDir, decoded);
  return path.relative(publicDir, file).startsWith('..') ? undefined : file;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  }
  // Stryker disable next-line BlockStatement: undefined is as false as false where isFile is read.
  catch {
    return false;
  }
}

/** What is wrong with one image address, or undefined when it names a file of this site that exists. */
export function imageSourceProblem(url: string, publicDir: string): string | undefined {
  if (SCHEME.test(url) || url.startsWith('//')) {
    return `the image ${shown(url)} is not on this site. Save the picture under public/ and write its address from the site root, ${EXAMPLE}: a picture from another site tells that site who reads which page, and can change or vanish.`;
  }
  if (!url.startsWith('/')) return `the image ${shown(url)} must be written from the site root, ${EXAMPLE}.`;
  const file = fileFor(publicDir, url);
  if (!file || !isFile(file)) {
    return `the image ${shown(url)} does not exist: there is no file ${file ? displayPath(file) : 'for it under public/'}. Check the spelling, or add the picture there (${EXAMPLE}).`;
  }
  return undefined;
}

/**
 * Every image of an article must be a file of the site itself, under public/: no address on
 * another site (protocol-relative //host/… included), no address that does not exist.
 * `toFileLine` turns a body line into the line of the file.
 */
export function findImageSourceProblems(
  file: string,
  tree: Root,
  toFileLine: (line: number | undefined) => number | undefined,
  publicDir: string,
): Problem[] {
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node: Definition) => {
    definitions.set(node.identifier, node.url);
  });
  const problems: Problem[] = [];
  visit(tree, ['image', 'imageReference'], (node) => {
    const url = node.type === 'image' ? node.url : node.type === 'imageReference' ? definitions.get(node.identifier) : undefined;
    // Stryker disable next-line ConditionalExpression: remark makes an image reference only when its definition exists.
    const problem = url === undefined ? undefined : imageSourceProblem(url, publicDir);
    // Stryker disable next-line OptionalChaining: every node remark parses from text has a position.
    if (problem) problems.push(errorAt(file, toFileLine(node.position?.start.line), problem));
  });
  return problems;
}
