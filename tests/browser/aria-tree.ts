import type { Page } from 'playwright-core';
import { parse } from 'yaml';

/** One node of the accessibility tree as Playwright computes it: what a screen reader announces. */
export interface AriaNode {
  readonly role: string;
  readonly name: string;
  /** Heading level, for headings. */
  readonly level?: number;
  /** The link target, for links: the href as written in the page. */
  readonly url?: string;
}

const NODE_KEY = /^([\w-]+)(?: "((?:[^"\\]|\\.)*)")?(.*)$/;

function parseKey(key: string): { role: string; name: string; level?: number } {
  const [, role = key, quotedName, attributes = ''] = NODE_KEY.exec(key) ?? [];
  const name = quotedName === undefined ? '' : (JSON.parse(`"${quotedName}"`) as string);
  const level = /\[level=(\d+)\]/.exec(attributes)?.[1];
  return level ? { role, name, level: Number(level) } : { role, name };
}

function flatten(items: unknown, nodes: AriaNode[]): void {
  if (!Array.isArray(items)) return;
  for (const item of items) {
    if (typeof item === 'string') {
      nodes.push(parseKey(item));
      continue;
    }
    for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
      if (key.startsWith('/')) continue;
      const node = parseKey(key);
      const url = Array.isArray(value)
        ? value.map((child: unknown) => (child as Record<string, unknown>)?.['/url']).find((found) => typeof found === 'string')
        : undefined;
      nodes.push(typeof url === 'string' ? { ...node, url } : node);
      flatten(value, nodes);
    }
  }
}

/** The page's accessibility tree in document order, flattened. */
export async function ariaNodes(page: Page): Promise<AriaNode[]> {
  const nodes: AriaNode[] = [];
  flatten(parse(await page.locator('body').ariaSnapshot()), nodes);
  return nodes;
}
