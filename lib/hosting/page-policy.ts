import { attributeOf, childElementsOf, createElement, headOf, insertAfter, type PageDocument } from './page-html';
import { PAGE_POLICY_META } from './security-headers';

/**
 * Writes the page's own policy (PAGE_POLICY_META) at the top of <head>, right after
 * <meta charset>: a <meta> policy only governs what comes after it, and the charset must stay
 * first.
 */
export function addPolicyMeta(document: PageDocument): void {
  const head = headOf(document);
  let previous = childElementsOf(head).find(
    (element) =>
      // Stryker disable next-line ConditionalExpression: only <meta> carries a charset attribute in a page Next exports
      element.tagName === 'meta' &&
      attributeOf(element, 'charset') !== undefined,
  );
  for (const attributes of PAGE_POLICY_META) {
    const meta = createElement('meta', attributes, head);
    insertAfter(head, meta, previous);
    previous = meta;
  }
}
