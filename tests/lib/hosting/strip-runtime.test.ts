import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/content/markdown';
import { finishExportedPage } from '@/lib/hosting/exported-page';
import { transformPage } from '@/lib/hosting/page-html';
import { META_CONTENT_SECURITY_POLICY } from '@/lib/hosting/security-headers';
import { isClientNavigationPayload, removeRuntime } from '@/lib/hosting/strip-runtime';

const STYLESHEET = '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>';
const JSON_LD = '<script type="application/ld+json">{"@type":"MedicalWebPage","name":"</p> is text here"}</script>';

/** A page shaped like the ones Next exports: runtime in the head and at the end of the body. */
function exportedPage(article: string): string {
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>After effects</title>',
    STYLESHEET,
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/><link rel="modulepreload" href="/m.js">',
    '<script src="/_next/static/chunks/a.js" async=""></script>',
    JSON_LD,
    '</head><body><a href="#main-content">Skip to main content</a><main id="main-content"><article>',
    article,
    '<p>Ask your physical therapist.</p></article>',
    '<aside><p>This page is general information. It is not medical advice.</p></aside></main>',
    '<footer><p>Dry needling in physical therapy</p></footer>',
    '<script>self.__next_f.push([1,"x"])</script><script src="/p.js" noModule=""></script></body></html>',
  ].join('');
}

const read = (html: string) => new JSDOM(html).window.document;

/**
 * Article HTML as remark-html wrote it before it escaped attribute values, from Markdown that
 * passes every content check. A pattern-based step took the `<link`, `<script` inside the alt or
 * title text for tags: the first gave the page an onfocus handler, the second cut the page off
 * after the link (the rest of the article, the disclaimer and the footer gone), the third kept
 * Next's inline runtime script as if it were JSON-LD.
 */
const HOSTILE_ARTICLES: readonly (readonly [string, string, string])[] = [
  [
    'a script-preload link in a title, and quotes in the text after it',
    'See [the benefits](/benefits/ "<link rel=modulepreload x=") *"> " onfocus=alert(1) autofocus tabindex=1 x=*',
    '<p>See <a href="/benefits/" title="<link rel=modulepreload x=">the benefits</a> <em>"> " onfocus=alert(1) autofocus tabindex=1 x=</em></p>',
  ],
  ['a script start tag in a title', 'See [the benefits](/benefits/ "<script>") first.', '<p>See <a href="/benefits/" title="<script>">the benefits</a> first.</p>'],
  [
    'a JSON-LD script start tag in alt text',
    '![Needle <script type=application/ld+json>](/images/needle.png) Soreness can last a day or two.',
    '<p><img src="/images/needle.png" alt="Needle <script type=application/ld+json>"> Soreness can last a day or two.</p>',
  ],
  ['a script end tag in alt text', '![a </script><img src=x onerror=alert(1)> b](/images/needle.png)', '<p><img src="/images/needle.png" alt="a </script><img src=x onerror=alert(1)> b"></p>'],
];

describe('removeRuntime', () => {
  it('removes external and inline scripts and script preloads, and keeps the stylesheet and JSON-LD', () => {
    const page = read(transformPage(exportedPage('<p>Most people feel fine.</p>'), removeRuntime));
    expect([...page.querySelectorAll('script')].map((script) => script.outerHTML)).toEqual([JSON_LD]);
    expect([...page.querySelectorAll('link')].map((link) => link.getAttribute('rel'))).toEqual(['stylesheet']);
    expect(page.querySelector('main')?.textContent).toBe('Most people feel fine.Ask your physical therapist.This page is general information. It is not medical advice.');
  });

  it('keeps other preloads, such as a font', () => {
    const font = '<link rel="preload" as="font" href="/f.woff2" crossorigin="">';
    const page = read(transformPage(exportedPage('').replace(STYLESHEET, `${STYLESHEET}${font}`), removeRuntime));
    expect(page.querySelector('link[as="font"]')).not.toBeNull();
  });

  it('removes a script preload whatever the case and spacing of its attributes, and keeps a preload that says nothing of what it loads', () => {
    const links = '<link rel="Preload  Stylesheet" as=" SCRIPT " href="/b.js"><link rel="preload" href="/unknown">';
    const page = read(transformPage(exportedPage('').replace(STYLESHEET, `${STYLESHEET}${links}`), removeRuntime));
    expect([...page.querySelectorAll('link')].map((link) => link.getAttribute('href'))).toEqual(['/_next/static/chunks/site.css', '/unknown']);
  });

  it('keeps a link in the article whose rel names a preload: only <link> elements load anything', () => {
    const article = '<p>Read <a href="/benefits/" rel="modulepreload">the benefits</a>.</p>';
    const page = read(transformPage(exportedPage(article), removeRuntime));
    expect(page.querySelector('article a')?.getAttribute('href')).toBe('/benefits/');
  });

  it('removes script inside a <template> too, so no script is left anywhere in the page', () => {
    const page = transformPage(exportedPage('<template><p>Later</p><script src="/t.js"></script></template>'), removeRuntime);
    expect(page).toContain('<template><p>Later</p></template>');
  });

  it('leaves text that only mentions script alone', () => {
    const article = '<p>The &lt;script&gt; tag and rel=modulepreload are words here.</p>';
    const page = read(transformPage(exportedPage(article), removeRuntime));
    expect(page.querySelector('article p')?.textContent).toBe('The <script> tag and rel=modulepreload are words here.');
  });

  it.each(HOSTILE_ARTICLES)('with %s, keeps the whole article, the disclaimer and the footer, and adds no handler or script', (_, _markdown, article) => {
    const before = read(exportedPage(article));
    const after = read(transformPage(exportedPage(article), removeRuntime));
    expect(after.querySelector('article')?.outerHTML).toBe(before.querySelector('article')?.outerHTML);
    expect(after.querySelector('aside')?.textContent).toBe('This page is general information. It is not medical advice.');
    expect(after.querySelector('footer')?.textContent).toBe('Dry needling in physical therapy');
    expect(after.querySelectorAll('script:not([type="application/ld+json"]), link[rel="modulepreload"]')).toHaveLength(0);
    const handlers = [...after.querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on')));
    expect(handlers).toEqual([]);
  });

  it('writes <, > and quotes in attribute values as character references', () => {
    const html = transformPage(exportedPage(HOSTILE_ARTICLES[3]?.[2] ?? ''), removeRuntime);
    expect(html).toContain('alt="a &lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; b"');
  });
});

describe('finishExportedPage', () => {
  it.each(HOSTILE_ARTICLES)('with %s written in Markdown, keeps what the editor wrote as text on the finished page', async (_, markdown) => {
    const { html } = await renderMarkdown(markdown);
    const before = read(exportedPage(html));
    const after = read(finishExportedPage(exportedPage(html)));
    expect(after.querySelector('article')?.outerHTML).toBe(before.querySelector('article')?.outerHTML);
    expect(after.querySelector('footer')?.textContent).toBe('Dry needling in physical therapy');
    expect(after.querySelectorAll('script:not([type="application/ld+json"]), [onfocus], [onerror]')).toHaveLength(0);
  });

  const finished = () => read(finishExportedPage(exportedPage('<p>Most people feel fine.</p>')));
  const headOf = (page: Document) => [...page.head.children].map((element) => element.outerHTML);
  const POLICY = [
    `<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}">`,
    '<meta name="referrer" content="no-referrer">',
  ];

  it('puts the content security policy and the referrer policy at the top of the head, right after the charset', () => {
    expect(headOf(finished()).slice(0, 3)).toEqual(['<meta charset="utf-8">', ...POLICY]);
  });

  it('puts the policy right after the charset when another meta comes first, so the charset stays before it', () => {
    const page = read(finishExportedPage('<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width"><meta charset="utf-8"><title>After effects</title></head><body></body></html>'));
    expect(headOf(page)).toEqual(['<meta name="viewport" content="width=device-width">', '<meta charset="utf-8">', ...POLICY, '<title>After effects</title>']);
  });

  it('puts the policy after a charset that ends the head', () => {
    const page = read(finishExportedPage('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body></body></html>'));
    expect(headOf(page)).toEqual(['<meta charset="utf-8">', ...POLICY]);
  });

  it('puts the policy first in a head without a charset, before anything it governs', () => {
    const page = read(finishExportedPage('<!DOCTYPE html><html><head><title>After effects</title><link rel="stylesheet" href="/site.css"></head><body></body></html>'));
    expect(headOf(page)).toEqual([...POLICY, '<title>After effects</title>', '<link rel="stylesheet" href="/site.css">']);
  });

  it('removes the runtime in the same pass', () => {
    expect(finished().querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
  });
});

describe('isClientNavigationPayload', () => {
  it('recognises the RSC files Next writes beside each page', () => {
    expect(['index.txt', '__next._full.txt', '__next._tree.txt', '__next.$d$slug.__PAGE__.txt'].filter(isClientNavigationPayload)).toHaveLength(4);
  });

  it('keeps files whose names only look like a payload', () => {
    expect(['handout__next.notes.txt', '__next.notes.txt.pdf', 'guide-index.txt'].filter(isClientNavigationPayload)).toEqual([]);
  });

  it('keeps other text files such as robots.txt', () => {
    expect(isClientNavigationPayload('robots.txt')).toBe(false);
    expect(isClientNavigationPayload('notes.txt')).toBe(false);
  });
});
