import { describe, expect, it } from 'vitest';
import { listAliases } from '@/lib/site/aliases';
import { loadArticles } from '@/lib/content/articles';
import { site } from '@/lib/site/site';
import { assertBuilt, builtPages, fileForPath, readPage } from './out-dir';

assertBuilt();
const aliases = listAliases(await loadArticles());

interface Crawl {
  readonly reached: Set<string>;
  readonly broken: string[];
  links: number;
  anchors: number;
}

/** A link on this site, as a path and an optional #id; undefined for links that leave the site. */
function internalTarget(href: string, from: string): { path: string; hash: string } | undefined {
  const base = `${site.url}${from}`;
  const url = new URL(href, base);
  if (url.origin !== site.url) return undefined;
  return { path: decodeURIComponent(url.pathname), hash: decodeURIComponent(url.hash.slice(1)) };
}

/** Follows every internal link breadth-first, checking each page and #section it points at exists. */
function crawl(starts: readonly string[]): Crawl {
  const result: Crawl = { reached: new Set(starts), broken: [], links: 0, anchors: 0 };
  const queue = [...starts];
  for (let from = queue.shift(); from !== undefined; from = queue.shift()) {
    for (const link of readPage(from).querySelectorAll('a[href]')) {
      const href = link.getAttribute('href') ?? '';
      const target = internalTarget(href, from);
      if (!target) continue;
      result.links += 1;
      if (!fileForPath(target.path)) {
        result.broken.push(`${from} links to ${href}: no such page`);
        continue;
      }
      if (target.hash) {
        result.anchors += 1;
        if (!readPage(target.path).getElementById(target.hash)) result.broken.push(`${from} links to ${href}: no such section`);
      }
      if (target.path.endsWith('/') && !result.reached.has(target.path)) {
        result.reached.add(target.path);
        queue.push(target.path);
      }
    }
  }
  return result;
}

describe('crawling the built site from the home page', () => {
  const fromHome = crawl(['/']);
  const all = crawl(['/', ...aliases.map((alias) => alias.path), ...builtPages().filter((page) => page.endsWith('/404.html'))]);

  it('finds every internal link and #section on every page resolves', () => {
    console.info(`Crawl: ${all.reached.size} pages, ${all.links} internal links checked, ${all.anchors} of them to a #section.`);
    expect(all.broken).toEqual([]);
    expect(all.anchors).toBeGreaterThan(0);
  });

  it('reaches every page from the home page, except old addresses and the 404 page, which nothing should link to', () => {
    const unreachable = builtPages().filter((page) => !fromHome.reached.has(page));
    expect(unreachable.sort()).toEqual(
      [...aliases.map((alias) => alias.path), ...builtPages().filter((page) => page.endsWith('/404.html'))].sort(),
    );
  });
});
