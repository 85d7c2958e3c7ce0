import { documentTitle } from '@/lib/site/metadata';
import { readFileSync } from 'node:fs';
import { message } from '@/lib/i18n/messages';
import { describe, expect, it } from 'vitest';
import { loadContact } from '@/lib/content/contact';
import { loadSourceArticle } from '@/lib/content/source-article';
import { formatDate } from '@/lib/i18n/dates';
import { english, spanish } from '@/lib/i18n/languages';
import { LANGUAGES, languageOfPath } from '@/lib/i18n/languages';
import { fixedRoutes } from '@/lib/routes/fixed-routes';
import { absoluteUrl, site } from '@/lib/routes/site-url';
import { loadSitePages } from '@/lib/site/site-pages';
import { assertBuilt, builtPages, fileForPath, readPage } from './out-dir';

assertBuilt();
const sitePages = await loadSitePages();
const contact = await loadContact();
const source = await loadSourceArticle();
const KINDS = ['about', 'accessibility', 'privacy'] as const;
const trustPages = sitePages.filter((page) => (KINDS as readonly string[]).includes(page.kind));

/** What a reader's mail program opens from a mailto: link: the address, and each field decoded. */
function mailOf(link: Element | null | undefined) {
  const href = link?.getAttribute('href') ?? '';
  const [to = '', query = ''] = href.replace(/^mailto:/, '').split('?');
  const fields = Object.fromEntries(
    query.split('&').map((field) => {
      const [name = '', value = ''] = field.split('=');
      return [name, decodeURIComponent(value)];
    }),
  );
  return { scheme: href.slice(0, 'mailto:'.length), to: decodeURIComponent(to), fields };
}

describe('the pages about the site, in out/', () => {
  it('are built at their addresses in both languages', () => {
    expect(trustPages.map((page) => page.path)).toEqual([
      '/about/',
      '/accessibility/',
      '/privacy/',
      '/es/sobre-esta-informacion/',
      '/es/accesibilidad/',
      '/es/privacidad/',
    ]);
    for (const page of trustPages) expect(fileForPath(page.path), page.path).toBeDefined();
  });

  it.each(trustPages.map((page) => [page.path, page] as const))('%s is titled, described and indexable, with its link preview', (urlPath, page) => {
    const document = readPage(urlPath);
    expect(document.documentElement.lang).toBe(page.language.code);
    expect([...document.querySelectorAll('h1')].map((h1) => h1.textContent)).toEqual([page.title]);
    expect(document.title).toBe(documentTitle(page.title, message(page.language, 'site.name')));
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(page.description);
    expect(document.querySelector('meta[name="robots"]')).toBeNull();
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(absoluteUrl(urlPath));
    expect(document.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(absoluteUrl(page.image));
    expect(fileForPath(page.image), page.image).toBeDefined();
  });

  it('pairs each page with its twin in the other language, in the head and in the sitemap', () => {
    const xml = readFileSync(fileForPath('/sitemap.xml') ?? '', 'utf8');
    for (const kind of KINDS) {
      const [en, es] = [fixedRoutes(english)[kind], fixedRoutes(spanish)[kind]];
      for (const urlPath of [en, es]) {
        const head = readPage(urlPath).head;
        expect(head.querySelector('link[rel="alternate"][hreflang="en"]')?.getAttribute('href'), urlPath).toBe(absoluteUrl(en));
        expect(head.querySelector('link[rel="alternate"][hreflang="es"]')?.getAttribute('href'), urlPath).toBe(absoluteUrl(es));
        const entry = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body = '']) => body).find((body) => body.includes(`<loc>${absoluteUrl(urlPath)}</loc>`));
        expect(entry, `${urlPath} in the sitemap`).toBeDefined();
        expect(entry).toContain(`hreflang="es" href="${absoluteUrl(es)}"`);
        expect(entry).toContain(`hreflang="x-default" href="${absoluteUrl(en)}"`);
      }
    }
  });

  it("names the clinic's article and its date on the about page, in each language", () => {
    expect(readPage('/about/').querySelector('main')?.textContent).toContain(
      `"${source.title}" of ${formatDate(source.published, english.locale)}`,
    );
    expect(readPage('/es/sobre-esta-informacion/').querySelector('main')?.textContent).toContain(
      `«${source.title}» (en inglés), del ${formatDate(source.published, spanish.locale)}`,
    );
  });

  it('gives the address reports go to on the accessibility statement and the about page, as a link naming that page', () => {
    for (const page of trustPages.filter((candidate) => candidate.kind !== 'privacy')) {
      const link = [...readPage(page.path).querySelectorAll('main a[href^="mailto:"]')];
      expect(link.map((element) => element.textContent), page.path).toEqual([contact.problemReports]);
      expect(mailOf(link[0]).fields.subject, page.path).toBe(message(page.language, 'problemReport.subject', { pageAddress: absoluteUrl(page.path) }));
    }
  });
});

describe('the footer of every page in out/, the not-found pages and old addresses included', () => {
  const pages = builtPages();

  it('checks every page', () => {
    expect(pages.length).toBeGreaterThan(130);
    expect(pages).toEqual(expect.arrayContaining(['/404.html', '/es/404.html']));
  });

  it('links to the about page, the accessibility statement and the privacy page of its language', () => {
    for (const urlPath of pages) {
      const routes = fixedRoutes(languageOfPath(urlPath));
      const footer = readPage(urlPath).querySelector('footer');
      for (const href of [routes.about, routes.accessibility, routes.privacy]) {
        expect(footer?.querySelector(`a[href="${href}"]`), `${urlPath} → ${href}`).not.toBeNull();
      }
    }
    // Parsing every page the first time takes a while on a busy machine.
  }, 60_000);

  it("reports a problem by email to content/contact.yaml's address, with the page's full address as the subject", () => {
    for (const urlPath of pages.filter((candidate) => !candidate.endsWith('/404.html'))) {
      const language = languageOfPath(urlPath);
      const links = [...(readPage(urlPath).querySelector('footer')?.querySelectorAll('a[href^="mailto:"]') ?? [])];
      expect(links.map((link) => link.textContent), urlPath).toEqual([message(language, 'footer.reportProblem')]);
      const mail = mailOf(links[0]);
      expect(mail.to, urlPath).toBe(contact.problemReports);
      expect(mail.fields, urlPath).toEqual({ subject: message(language, 'problemReport.subject', { pageAddress: absoluteUrl(urlPath) }) });
    }
  }, 60_000);

  it('on the not-found pages, served for every missing address, names the site and asks which address the reader tried', () => {
    for (const language of LANGUAGES) {
      const urlPath = language === english ? '/404.html' : `/${language.code}/404.html`;
      const link = readPage(urlPath).querySelector('footer a[href^="mailto:"]');
      expect(link?.textContent, urlPath).toBe(message(language, 'footer.reportProblem'));
      expect(mailOf(link).fields, urlPath).toEqual({
        subject: message(language, 'problemReport.notFoundSubject', { siteAddress: site.url }),
        body: message(language, 'problemReport.notFoundBody'),
      });
    }
  });
});
