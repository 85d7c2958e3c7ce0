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

/**
 * An article's HTML without the empty elements that keep its sections' old ids (front matter
 * "formerSectionIds"), for the printable guide: the links staff sent lead to the article's own
 * page, and in the guide, with every topic on one page, an old id of one topic could be the id
 * of another's section.
 */
export function withoutFormerSectionIds(html: string): string {
  const fragment = parseFragment(html);
  const pending: ParentNode[] = [fragment];
  while (pending.length > 0) {
    const node = pending.pop() as ParentNode;
    for (const child of [...node.childNodes]) {
      if (!defaultTreeAdapter.isElementNode(child)) continue;
      if (isFormerIdMark(child)) defaultTreeAdapter.detachNode(child);
      else pending.push(child);
    }
  }
  return serialize(fragment);
}

/** The shape lib/content/markdown.ts gives an old id: an empty span with an id, hidden from screen readers. */
function isFormerIdMark(element: DefaultTreeAdapterTypes.Element): boolean {
  const attributes = new Map(element.attrs.map((attribute) => [attribute.name, attribute.value]));
  return element.tagName === 'span' && element.childNodes.length === 0 && attributes.has('id') && attributes.get('aria-hidden') === 'true';
}
