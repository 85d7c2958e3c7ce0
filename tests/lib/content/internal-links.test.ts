import { describe, it, expect } from 'vitest';
import { findBrokenLinks, type LinkTarget } from '@/lib/content/internal-links';
import { problemLine } from '@/lib/content/problem';

const home: LinkTarget = { path: '/', ids: [] };
const whatIsDryNeedling: LinkTarget = {
  path: '/what-is-dry-needling/',
  ids: ['how-it-works', 'trigger-points'],
};
const afterEffects: LinkTarget = {
  path: '/after-effects/',
  ids: ['what-you-may-feel-afterwards', 'when-to-call-your-physical-therapist'],
};
const pages = [home, whatIsDryNeedling, afterEffects];
const file = 'content/after-effects.md';

/** The problems an editor sees for one link on line 12 of content/after-effects.md. */
function problemsWithLink(url: string): string[] {
  return findBrokenLinks(file, [{ url, line: 12 }], afterEffects, pages).map(problemLine);
}

describe('findBrokenLinks', () => {
  it('accepts links to a page and to a section of another page', () => {
    expect(problemsWithLink('/what-is-dry-needling/')).toEqual([]);
    expect(problemsWithLink('/what-is-dry-needling/#trigger-points')).toEqual([]);
    expect(problemsWithLink('/')).toEqual([]);
  });

  it('accepts a link to a section of the same page', () => {
    expect(problemsWithLink('#when-to-call-your-physical-therapist')).toEqual([]);
  });

  it('leaves links to other websites and email addresses alone', () => {
    expect(problemsWithLink('https://www.choosept.com/')).toEqual([]);
    expect(problemsWithLink('mailto:frontdesk@example.org')).toEqual([]);
    expect(problemsWithLink('tel:+15125550100')).toEqual([]);
  });

  it('refuses a link that would run code or open something other than a web page, email or phone', () => {
    expect(problemsWithLink('javascript:alert(1)')).toEqual([
      'content/after-effects.md:12: the link "javascript:alert(1)" is not allowed. Links must be web addresses (https://…), email (mailto:…), phone (tel:…) or pages on this site (/…).',
    ]);
    expect(problemsWithLink('data:text/html,hello')).toHaveLength(1);
    expect(problemsWithLink('tel:+15555550123')).toEqual([]);
  });

  it('accepts web addresses whatever the case of their scheme', () => {
    expect(problemsWithLink('http://www.choosept.com/')).toEqual([]);
    expect(problemsWithLink('HTTPS://www.choosept.com/')).toEqual([]);
  });

  it('refuses a link without an address', () => {
    expect(problemsWithLink('')).toEqual([
      'content/after-effects.md:12: a link has no address. Write it between the round brackets, like [what you may feel](/after-effects/), or remove the link.',
    ]);
  });

  it('reads a colon after the start of a link as part of a section name, not as a scheme', () => {
    expect(problemsWithLink('#step:1')).toEqual([
      'content/after-effects.md:12: the link "#step:1" points to a section "#step:1" that /after-effects/ does not have. Sections there: #what-you-may-feel-afterwards, #when-to-call-your-physical-therapist.',
    ]);
  });

  it('refuses a protocol-relative link, which leaves the choice of http or https to the page', () => {
    expect(problemsWithLink('//tracker.example/p')).toEqual([
      'content/after-effects.md:12: the link "//tracker.example/p" leaves out "https:". Write the whole address, like https://tracker.example/p, or link to a page on this site starting with a single /.',
    ]);
  });

  it('does not guess about sections of a page whose own file still has a problem', () => {
    const broken: LinkTarget = { path: '/benefits/' };
    expect(findBrokenLinks(file, [{ url: '/benefits/#pain-relief', line: 3 }], afterEffects, [...pages, broken])).toEqual([]);
  });

  it('names a link to a page that does not exist and lists the pages that do', () => {
    expect(problemsWithLink('/benefits/')).toEqual([
      'content/after-effects.md:12: the link "/benefits/" points to a page that does not exist. Pages on this site: /, /after-effects/, /what-is-dry-needling/.',
    ]);
  });

  it('names a link to a section another page does not have and lists its sections', () => {
    expect(problemsWithLink('/what-is-dry-needling/#trigger-point')).toEqual([
      'content/after-effects.md:12: the link "/what-is-dry-needling/#trigger-point" points to a section "#trigger-point" that /what-is-dry-needling/ does not have. Sections there: #how-it-works, #trigger-points.',
    ]);
  });

  it('names a link to a section the same page does not have', () => {
    expect(problemsWithLink('#what-you-feel-afterwards')).toEqual([
      'content/after-effects.md:12: the link "#what-you-feel-afterwards" points to a section "#what-you-feel-afterwards" that /after-effects/ does not have. Sections there: #what-you-may-feel-afterwards, #when-to-call-your-physical-therapist.',
    ]);
  });

  it('says "none" when the linked page has no sections at all', () => {
    expect(problemsWithLink('/#contact')).toEqual([
      'content/after-effects.md:12: the link "/#contact" points to a section "#contact" that / does not have. Sections there: none.',
    ]);
  });

  it('quotes at most 80 characters of a long link', () => {
    const url = `${'very-long-folder/'.repeat(20)}page/`;
    expect(problemsWithLink(url)).toEqual([
      `content/after-effects.md:12: the link "${url.slice(0, 80)}…" must start from the site root, like /what-is-dry-needling/.`,
    ]);
  });

  it('asks for links that start from the site root instead of relative links', () => {
    expect(problemsWithLink('what-is-dry-needling/')).toEqual([
      'content/after-effects.md:12: the link "what-is-dry-needling/" must start from the site root, like /what-is-dry-needling/.',
    ]);
    expect(problemsWithLink('../what-is-dry-needling/')).toEqual([
      'content/after-effects.md:12: the link "../what-is-dry-needling/" must start from the site root, like /what-is-dry-needling/.',
    ]);
  });

  it('asks for the slash at the end of a page link, keeping the section', () => {
    expect(problemsWithLink('/what-is-dry-needling')).toEqual([
      'content/after-effects.md:12: write the link "/what-is-dry-needling" as "/what-is-dry-needling/", with the slash at the end, so every link to a page is the same.',
    ]);
    expect(problemsWithLink('/what-is-dry-needling#trigger-points')).toEqual([
      'content/after-effects.md:12: write the link "/what-is-dry-needling#trigger-points" as "/what-is-dry-needling/#trigger-points", with the slash at the end, so every link to a page is the same.',
    ]);
  });

  it('reports every broken link of a page, each with its own line', () => {
    const links = [
      { url: '/what-is-dry-needling/#how-it-works', line: 3 },
      { url: '/benefits/', line: 9 },
      { url: 'https://www.choosept.com/', line: 14 },
      { url: 'what-is-dry-needling/', line: 20 },
    ];
    expect(findBrokenLinks(file, links, afterEffects, pages).map(problemLine)).toEqual([
      'content/after-effects.md:9: the link "/benefits/" points to a page that does not exist. Pages on this site: /, /after-effects/, /what-is-dry-needling/.',
      'content/after-effects.md:20: the link "what-is-dry-needling/" must start from the site root, like /what-is-dry-needling/.',
    ]);
  });
});
