import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { headingsOneLevelDown, withoutFormerSectionIds } from '@/lib/site/guide';
import { renderMarkdown } from '@/lib/content/markdown';

describe("an article's headings in the printable guide", () => {
  it('moves every heading one level down, keeping its id, its text and the link to its section', async () => {
    const { html } = await renderMarkdown('Intro.\n\n## How it works\n\nText.\n\n### Trigger points\n\nMore text.');
    const { document } = new JSDOM(headingsOneLevelDown(html)).window;
    expect([...document.querySelectorAll('h2, h3, h4')].map((heading) => [heading.tagName, heading.id, heading.textContent])).toEqual([
      ['H3', 'how-it-works', 'How it works'],
      ['H4', 'trigger-points', 'Trigger points'],
    ]);
    expect([...document.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual(['#how-it-works', '#trigger-points']);
    expect(document.body.textContent).toContain('More text.');
  });

  it('leaves everything but headings as it was, attributes and characters included', () => {
    const html = '<p title="a &quot;quoted&quot; &lt;word&gt;">Fish &amp; chips</p><h5>Five</h5><h6>Six</h6>';
    expect(headingsOneLevelDown(html)).toBe('<p title="a &quot;quoted&quot; &lt;word&gt;">Fish &amp; chips</p><h6>Five</h6><h6>Six</h6>');
  });
});

describe("an article's old section ids in the printable guide", () => {
  it('leaves them out, since links staff sent lead to the article’s own page, and keeps everything else', async () => {
    const { html } = await renderMarkdown('## How it works\n\nText.\n', undefined, { 'how-it-works': ['what-it-does'] });
    const { document } = new JSDOM(withoutFormerSectionIds(html)).window;
    expect(document.getElementById('what-it-does')).toBeNull();
    expect(document.getElementById('how-it-works')?.textContent).toBe('How it works');
    expect(withoutFormerSectionIds('<p><span id="x">Kept</span><span aria-hidden="true"></span></p>')).toBe('<p><span id="x">Kept</span><span aria-hidden="true"></span></p>');
  });
});
