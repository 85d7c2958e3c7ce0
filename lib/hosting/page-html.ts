import { defaultTreeAdapter, parse, serialize, type DefaultTreeAdapterTypes } from 'parse5';

export type PageDocument = DefaultTreeAdapterTypes.Document;
export type PageElement = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/** One change to a parsed page: removing the runtime, adding the policy. */
export type PageStep = (document: PageDocument) => void;

/**
 * Parses an exported page with the HTML standard's own parser, lets each step change the tree,
 * and writes it back. Attribute values are read as the browser reads them, so `<`, `>` or
 * `</script>` inside an image's alt text is text, never a tag; the serializer writes `&`, `"`,
 * `<` and `>` in attribute values as character references, so the output cannot be misread by
 * anything that reads it after us.
 */
export function transformPage(html: string, ...steps: readonly PageStep[]): string {
  const document = parse(html);
  for (const step of steps) step(document);
  return serialize(document);
}

function childrenOf(node: ParentNode): ParentNode['childNodes'] {
  // A <template>'s content is a separate fragment, not among its child nodes.
  return node.nodeName === 'template' ? defaultTreeAdapter.getTemplateContent(node as DefaultTreeAdapterTypes.Template).childNodes : node.childNodes;
}

/** Every element under root, in document order. */
export function* elementsOf(root: ParentNode): Generator<PageElement> {
  const pending: ParentNode[] = [root];
  while (pending.length > 0) {
    const node = pending.pop() as ParentNode;
    if (defaultTreeAdapter.isElementNode(node)) yield node;
    const children = childrenOf(node).filter((child) => defaultTreeAdapter.isElementNode(child));
    pending.push(...children.reverse());
  }
}

export function childElementsOf(parent: PageElement): PageElement[] {
  // Stryker disable next-line MethodExpression: the only caller looks for a <meta> by tag name, which text and comment nodes do not have
  return parent.childNodes.filter((node) => defaultTreeAdapter.isElementNode(node));
}

/** An attribute's value as the browser reads it (entities decoded), or undefined when it is absent. */
export function attributeOf(element: PageElement, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value;
}

/** The page's <head>: the HTML parser always makes one. */
export function headOf(document: PageDocument): PageElement {
  const head = [...elementsOf(document)].find((element) => element.tagName === 'head');
  // Stryker disable next-line ConditionalExpression,StringLiteral: the HTML parser always makes a <head>; the throw only tells TypeScript so
  if (!head) throw new Error('The HTML parser made a page without <head>.');
  return head;
}

export function removeElement(element: PageElement): void {
  defaultTreeAdapter.detachNode(element);
}

/** A new element with these attributes, not yet in the page. */
export function createElement(tagName: string, attributes: Readonly<Record<string, string>>, parent: PageElement): PageElement {
  const attrs = Object.entries(attributes).map(([name, value]) => ({ name, value }));
  return defaultTreeAdapter.createElement(tagName, parent.namespaceURI, attrs);
}

/** Puts `element` right after `reference`, or first in `parent` when there is no reference. */
export function insertAfter(parent: PageElement, element: PageElement, reference: PageElement | undefined): void {
  const next = parent.childNodes[reference ? parent.childNodes.indexOf(reference) + 1 : 0];
  if (next) defaultTreeAdapter.insertBefore(parent, element, next);
  else defaultTreeAdapter.appendChild(parent, element);
}
