import { readFileSync } from 'node:fs';
import { parse } from 'parse5';
import { elementsOf } from '@/lib/hosting/page-html';
import { builtPages, fileForPath } from '@/tests/built/out-dir';

/** The first article page in out/, for checks made on one example page. */
export function sampleArticle(): string {
  const article = builtPages().find((urlPath) =>
    [...elementsOf(parse(readFileSync(fileForPath(urlPath) ?? '', 'utf8')))].some((element) => element.tagName === 'article'),
  );
  if (!article) throw new Error('out/ has no page with an <article>: is the site built?');
  return article;
}
