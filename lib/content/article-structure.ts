import type { Heading, Image, ImageReference, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { errorAt, type Problem } from './problem';
import { shown } from './zod-messages';

/** "## Side effects": a heading as the editor wrote it. */
function written(heading: Heading): string {
  return `${'#'.repeat(heading.depth)} ${toString(heading, { includeHtml: false }).trim()}`;
}

/** The image's description, as written between its square brackets. */
function altText(node: Image | ImageReference): string {
  // Stryker disable next-line LogicalOperator,StringLiteral: remark gives every image an alt string.
  return node.alt ?? '';
}

/**
 * Problems with the outline of an article body and its images: a second page title, a
 * heading that skips a level (screen reader users move by heading level), a table before any
 * section heading (which would name it), and an image without a text description. `toFileLine` turns a body line into the line of the file.
 */
export function findStructureProblems(file: string, tree: Root, toFileLine: (line: number | undefined) => number | undefined): Problem[] {
  const problems: Problem[] = [];
  // The title from the front matter is the page's level-1 heading.
  let previousDepth = 1;
  visit(tree, (node) => {
    // Stryker disable next-line OptionalChaining: every node remark parses from text has a position.
    const at = (message: string) => errorAt(file, toFileLine(node.position?.start.line), message);
    if (node.type === 'heading') {
      if (node.depth === 1) {
        problems.push(at(`the heading ${shown(written(node))} is a second page title; the title comes from "title". Start sections with ## instead.`));
      } else if (node.depth > previousDepth + 1) {
        const fix = '#'.repeat(previousDepth + 1);
        problems.push(
          at(`the heading ${shown(written(node))} skips a level: the heading before it is level ${previousDepth}. Use ${fix} instead, so the outline has no gaps.`),
        );
      }
      previousDepth = node.depth;
    } else if (node.type === 'table' && previousDepth === 1) {
      problems.push(
        at('the table has no heading above it, and a table is named by the heading of its section. Put a ## heading that says what the table compares just before it, like ## Side-by-side comparison.'),
      );
    } else if ((node.type === 'image' || node.type === 'imageReference') && altText(node).trim() === '') {
      const name = node.type === 'image' ? node.url : node.identifier;
      problems.push(
        at(
          `the image ${shown(name)} has no description. Write what it shows between the square brackets, like ![A physical therapist holding a thin needle](${name}), for readers who cannot see it.`,
        ),
      );
    }
  });
  return problems;
}
