import { describe, expect, it } from 'vitest';
import { isClientNavigationPayload, stripRuntime } from '@/lib/hosting/strip-runtime';

const head = (inner: string) => `<!DOCTYPE html><html lang="en"><head><title>After effects</title>${inner}</head><body><p>Ask your physical therapist.</p></body></html>`;

describe('stripRuntime', () => {
  it('removes external and inline scripts, leaving the page text untouched', () => {
    const html = head(
      '<script src="/_next/static/chunks/a.js" async=""></script><script>self.__next_f.push([1,"x"])</script><script src="/p.js" noModule=""></script>',
    );
    expect(stripRuntime(html)).toBe(head(''));
  });

  it('keeps JSON-LD, which search engines read and browsers never run', () => {
    const jsonLd = '<script type="application/ld+json">{"@type":"MedicalWebPage"}</script>';
    expect(stripRuntime(head(`<script id="_R_">run()</script>${jsonLd}`))).toBe(head(jsonLd));
  });

  it('removes links that preload script but keeps the stylesheet and other preloads', () => {
    const stylesheet = '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>';
    const font = '<link rel="preload" as="font" href="/f.woff2" crossorigin=""/>';
    const html = head(
      `${stylesheet}<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/><link rel="modulepreload" href="/m.js">${font}`,
    );
    expect(stripRuntime(html)).toBe(head(`${stylesheet}${font}`));
  });

  it('reads a script to its real end even when an attribute value contains ">"', () => {
    expect(stripRuntime(head('<script data-note="a > b" src="/x.js"></script><meta name="x" content="y"/>'))).toBe(
      head('<meta name="x" content="y"/>'),
    );
  });

  it('leaves text that only mentions script alone', () => {
    const body = '<!DOCTYPE html><html><body><p>The &lt;script&gt; tag and rel=modulepreload are words here.</p></body></html>';
    expect(stripRuntime(body)).toBe(body);
  });
});

describe('isClientNavigationPayload', () => {
  it('recognises the RSC files Next writes beside each page', () => {
    expect(['index.txt', '__next._full.txt', '__next._tree.txt', '__next.$d$slug.__PAGE__.txt'].filter(isClientNavigationPayload)).toHaveLength(4);
  });

  it('keeps other text files such as robots.txt', () => {
    expect(isClientNavigationPayload('robots.txt')).toBe(false);
    expect(isClientNavigationPayload('notes.txt')).toBe(false);
  });
});
