import { defaultTreeAdapter, parseFragment, serialize, type DefaultTreeAdapterTypes } from 'parse5';

type ParentNode = DefaultTreeAdapterTypes.ParentNode;

const HEADING = /^h([1-6])$/;

/**
 * An article's HTML with every heading one level lower (h2 → h3, h3 → h4), for the printable
 * guide: there each topic's title is the h2, so its sections sit under it in a screen reader's
 * list of headings instead of beside it. Ids and section links are kept. h6 stays h6.
 */
export function headingsOneLevelDown(html: string): string {
  const fragment = parseFragment(html);
  const pending: ParentNode[] = [fragment];
  while (pending.length > 0) {
    const node = pending.pop() as ParentNode;
    const level = HEADING.exec(node.nodeName)?.[1];
    if (level !== undefined && defaultTreeAdapter.isElementNode(node)) {
      const tagName = `h${Math.min(Number(level) + 1, 6)}`;
      node.tagName = tagName;
      node.nodeName = tagName;
    }
    pending.push(...node.childNodes.filter((child): child is DefaultTreeAdapterTypes.Element => defaultTreeAdapter.isElementNode(child)));
  }
  return serialize(fragment);
}
