import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content/articles';
import { CONTENT_DIR } from '@/lib/content/content-paths';
import { LANGUAGES, languagePathPrefix } from '@/lib/i18n/languages';
import { fixedRoutes } from '@/lib/routes/fixed-routes';
import { absoluteUrl } from '@/lib/routes/site-url';
import { assertBuilt, builtPages, fileForPath, readPage } from '@/tests/built/out-dir';

assertBuilt();
const guides = await Promise.all(
  LANGUAGES.map(async (language) => ({
    language,
    path: fixedRoutes(language).guide,
    articles: await loadArticles(CONTENT_DIR, language),
  })),
);

describe.each(guides)('the printable guide at $path', ({ language, path, articles }) => {
  const document = readPage(path);

  it('is in out/, in its language, with every topic under its own heading', () => {
    expect(builtPages()).toContain(path);
    expect(document.documentElement.lang).toBe(language.code);
    expect([...document.querySelectorAll('main section h2')].map((heading) => heading.textContent)).toEqual(articles.map((article) => article.title));
  });

  it("has one QR code per topic, drawn in the page, beside the address of the topic's page", () => {
    const figures = [...document.querySelectorAll('main section figure')];
    expect(figures.map((figure) => figure.querySelectorAll('svg > path').length)).toEqual(articles.map(() => 1));
    expect(figures.map((figure) => figure.querySelector('figcaption')?.textContent?.split(' ').at(-1))).toEqual(
      articles.map((article) => absoluteUrl(article.path)),
    );
  });

  it('is kept out of search engines, and names its twins in every language', () => {
    expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, follow');
    expect(readFileSync(fileForPath('/sitemap.xml') ?? '', 'utf8')).not.toContain(absoluteUrl(path));
    const alternates = [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]);
    expect(alternates).toEqual(
      expect.arrayContaining([...guides.map((guide) => [guide.language.code, absoluteUrl(guide.path)]), ['x-default', absoluteUrl('/guide/')]]),
    );
  });

  it('is linked from the home page and from the staff page of its language', () => {
    for (const from of [languagePathPrefix(language), fixedRoutes(language).staffLinks]) {
      expect(readPage(from).querySelector(`main a[href="${path}"]`), from).not.toBeNull();
    }
  });
});
