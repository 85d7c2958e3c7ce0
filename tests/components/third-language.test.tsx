import { riverbendClinic } from '@/tests/fixtures/clinic';
import { within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HomePage } from '@/app/[[...path]]/_pages/home-page';
import { PageShell } from '@/components/page-shell';
import { PageReview } from '@/components/page-review';
import { clinicalReviewer } from '@/tests/fixtures/articles';
import { checkContent } from '@/lib/checks/content-check';
import { languageAlternates, pageMetadata } from '@/lib/site/metadata';
import { loadRouteTable } from '@/lib/site/route-table';
import { loadSitePages } from '@/lib/site/site-pages';
import { absoluteUrl } from '@/lib/routes/site-url';
import { contentFixture } from '@/tests/fixtures/content-fixture';
import { THREE_LANGUAGES, vietnamese } from '@/tests/fixtures/third-language';

// A third language takes a folder of articles (content/vi/), a catalog of messages and one line in
// lib/i18n/languages.ts. Here the fixture passes its list of languages where the site uses that line.
const contentDir = contentFixture('three-languages');
const pages = await loadSitePages(contentDir, THREE_LANGUAGES);
const vietnamesePages = pages.filter((page) => page.language === vietnamese);

describe('a third language added with only articles, a catalog and one line of configuration', () => {
  it('has its own pages under its own folder: home, its two articles, every state, locations and staff links', () => {
    const paths = vietnamesePages.map((page) => page.path);
    expect(paths).toEqual(
      expect.arrayContaining(['/vi/', '/vi/cham-kim-kho-la-gi/', '/vi/co-san-o-dau/', '/vi/co-san-o-dau/new-york/', '/vi/dia-diem/', '/vi/lien-ket-cho-nhan-vien/']),
    );
    expect(vietnamesePages.filter((page) => page.kind === 'article')).toHaveLength(2);
    expect(vietnamesePages.filter((page) => page.kind === 'state')).toHaveLength(51);
  });

  it('pairs each of its pages with the English and Spanish twins, and only with twins that exist', () => {
    const article = pages.find((page) => page.path === '/vi/cham-kim-kho-la-gi/');
    expect(article && languageAlternates(article)).toEqual({
      en: absoluteUrl('/what-is-dry-needling/'),
      es: absoluteUrl('/es/que-es-la-puncion-seca/'),
      vi: absoluteUrl('/vi/cham-kim-kho-la-gi/'),
      'x-default': absoluteUrl('/what-is-dry-needling/'),
    });
    const english = pages.find((page) => page.path === '/what-is-dry-needling/');
    expect(english && pageMetadata(english, riverbendClinic).alternates?.languages).toMatchObject({ vi: absoluteUrl('/vi/cham-kim-kho-la-gi/') });
    // after-effects has no Vietnamese page: its twins are English and Spanish only.
    const untranslated = pages.find((page) => page.path === '/after-effects/');
    expect(untranslated && Object.keys(languageAlternates(untranslated) ?? {})).toEqual(['en', 'es', 'x-default']);
  });

  it('marks its pages with its language for browsers, search engines and link previews', () => {
    const home = vietnamesePages.find((page) => page.kind === 'home');
    expect(home && pageMetadata(home, riverbendClinic).openGraph).toMatchObject({ locale: 'vi_VN', alternateLocale: ['en_US', 'es_US'] });
  });

  it('renders its home page from the route table, in its language, linking its own pages, its twins and its content folder’s address for reports', async () => {
    const route = (await loadRouteTable(contentDir, THREE_LANGUAGES)).routes.get('/vi/');
    expect(route?.kind).toBe('home');
    if (route?.kind !== 'home') return;
    const html = renderToStaticMarkup(<PageShell chrome={route.chrome}>{HomePage(route.props)}</PageShell>);
    expect(html).toMatch(/^<html lang="vi" dir="ltr">/);
    const page = document.createElement('div');
    page.innerHTML = html;
    expect(within(page).getByRole('heading', { level: 1 })).toHaveTextContent('Châm kim khô trong vật lý trị liệu');
    const links = within(page)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/vi/cham-kim-kho-la-gi/', '/vi/co-san-o-dau/', '/vi/huong-dan/', '/', '/es/']));
    expect(within(page).getByRole('link', { name: 'Report a problem with this page' }).getAttribute('href')).toMatch(/^mailto:webteam@riverbend-clinic\.org\?/);
  });

  it('writes dates in its language', () => {
    const source = { title: 'Dry needling in physical therapy', published: '2024-07-22' };
    const html = renderToStaticMarkup(<PageReview reviews={{ clinical: { reviewer: clinicalReviewer, date: '2026-11-26' } }} source={source} language={vietnamese} />);
    expect(html).toContain('Reviewed by Ana Rivera, PT, DPT, on 26 tháng 11, 2026.');
  });

  it('is checked like Spanish: its missing translation of after-effects is named', async () => {
    const report = await checkContent({ contentDir, today: '2025-01-15', languages: THREE_LANGUAGES });
    const missing = report.problems.filter((problem) => problem.message.startsWith('has no translation in'));
    expect(missing.map((problem) => `${problem.file}: ${problem.message}`)).toEqual([
      `tests/fixtures/content/three-languages/after-effects.md: has no translation in tests/fixtures/content/three-languages/vi/. Add a page there with "translationOf: after-effects" in its front matter, translated from this one.`,
    ]);
  });
});
