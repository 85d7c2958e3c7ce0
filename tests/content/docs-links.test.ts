import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Heading, Link } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';

// The guides link to each other and to files in the repository; a moved file or renamed
// heading must not leave a reader at a dead link.
const GUIDES = ['README.md', ...readdirSync('docs').filter((file) => file.endsWith('.md')).map((file) => `docs/${file}`)];

function parse(file: string) {
  return remark().parse(readFileSync(file, 'utf8'));
}

/** The anchors GitHub gives a Markdown file's headings. */
function headingAnchors(file: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  visit(parse(file), 'heading', (heading: Heading) => {
    anchors.add(slugger.slug(toString(heading)));
  });
  return anchors;
}

function relativeLinks(file: string): string[] {
  const urls: string[] = [];
  visit(parse(file), 'link', (link: Link) => {
    if (!/^[a-z][a-z0-9+.-]*:/i.test(link.url)) urls.push(link.url);
  });
  return urls;
}

describe('the guides for editors, deployers and developers', () => {
  it('are linked from the README', () => {
    const links = relativeLinks('README.md');
    for (const guide of ['docs/editors.md', 'docs/deployers.md', 'docs/developers.md']) expect(links).toContain(guide);
  });

  it.each(GUIDES)('%s links only to files and headings that exist', (file) => {
    const broken: string[] = [];
    for (const url of relativeLinks(file)) {
      const [target = '', anchor] = url.split('#', 2);
      const targetFile = target === '' ? file : path.join(path.dirname(file), target);
      if (!existsSync(targetFile)) broken.push(`${url}: no file ${targetFile}`);
      else if (anchor !== undefined && !headingAnchors(targetFile).has(anchor)) broken.push(`${url}: no heading #${anchor} in ${targetFile}`);
    }
    expect(broken).toEqual([]);
  });
});
