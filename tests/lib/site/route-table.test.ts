import { describe, expect, it } from 'vitest';
import { findRoute, loadRouteTable, type Route, type RouteKind, type RouteOfKind } from '@/lib/site/route-table';
import { spanish } from '@/lib/i18n/languages';
import { absoluteUrl, site } from '@/lib/routes/site-url';
import { contentFixture } from '@/tests/fixtures/content-fixture';

function expectKind<Kind extends RouteKind>(route: Route, kind: Kind): RouteOfKind<Kind> {
  expect(route.kind).toBe(kind);
  return route as RouteOfKind<Kind>;
}

function reportSubject(route: Route): string | null {
  return new URL(route.chrome.problemReport).searchParams.get('subject');
}

// The real content/: its article on acupuncture keeps its old address /dry-needling-vs-acupuncture/.
// Building the table reads every file of it, which takes a few seconds on a busy machine.
describe('the route table: every address the site renders', { timeout: 30_000 }, () => {
  it('renders every page of the list, in every language', async () => {
    const table = await loadRouteTable();
    expect([(await findRoute('/')).kind, (await findRoute('/')).language.code]).toEqual(['home', 'en']);
    expect([(await findRoute('/es/')).kind, (await findRoute('/es/')).language.code]).toEqual(['home', 'es']);
    const kinds = new Set([...table.routes.values()].map((route) => route.kind));
    expect([...kinds].sort()).toEqual(['about', 'accessibility', 'article', 'guide', 'home', 'locations', 'moved', 'not-found', 'privacy', 'staff-links', 'state']);
  });

  it('finds a state by the address of its page in each language', async () => {
    expect(expectKind(await findRoute('/availability/west-virginia/'), 'state').props.answer.state.code).toBe('WV');
    const spanish = expectKind(await findRoute('/es/disponibilidad/virginia-occidental/'), 'state');
    expect([spanish.props.answer.state.code, spanish.language.code]).toEqual(['WV', 'es']);
  });

  it('renders an old address as the page that moved, in the language of the page it moved to, and leaves real pages alone', async () => {
    const moved = expectKind(await findRoute('/dry-needling-vs-acupuncture/'), 'moved');
    expect([moved.props.path, moved.props.title, moved.language.code]).toEqual(['/dry-needling-and-acupuncture/', 'How dry needling differs from acupuncture', 'en']);
    expect(moved.head.page.alternates).toEqual({ canonical: absoluteUrl('/dry-needling-and-acupuncture/') });
    expect((await findRoute('/dry-needling-and-acupuncture/')).kind).toBe('article');
  });

  it('renders a not-found page in each translated language, and leaves English to the 404.html Next makes', async () => {
    const table = await loadRouteTable();
    expect(expectKind(await findRoute('/es/404/'), 'not-found').props.language.code).toBe('es');
    expect(table.routes.has('/404/')).toBe(false);
    expect(table.notFound.language.code).toBe('en');
  });

  it('says where addresses are listed when asked for one that is not', async () => {
    await expect(findRoute('/opening-hours/')).rejects.toThrow('/opening-hours/ is not an address of the site (lib/site/route-table.ts).');
  });

  it("gives each page a header that links its language's list of states, and its twins in the other languages", async () => {
    const texas = await findRoute('/es/disponibilidad/texas/');
    expect(texas.chrome.navigation.map((link) => link.href)).toEqual(['/es/#temas', '/es/disponibilidad/', '/es/ubicaciones/']);
    expect(texas.chrome.otherLanguages.map((twin) => twin.path)).toEqual(['/availability/texas/']);
    expect(texas.head.page.alternates?.languages).toMatchObject({ en: absoluteUrl('/availability/texas/'), es: absoluteUrl('/es/disponibilidad/texas/') });
  });

  it("reports a problem to content/contact.yaml's address, naming the page, the old address, or the site on a not-found page", async () => {
    const article = await findRoute('/after-effects/');
    expect(article.chrome.problemReport).toMatch(/^mailto:problems@example\.org\?/);
    expect(reportSubject(article)).toBe(`Problem with the page ${absoluteUrl('/after-effects/')}`);
    expect(reportSubject(await findRoute('/dry-needling-vs-acupuncture/'))).toBe(`Problem with the page ${absoluteUrl('/dry-needling-vs-acupuncture/')}`);
    expect(reportSubject((await loadRouteTable()).notFound)).toBe(`Page not found on ${site.url}`);
  });

  it('gives an article the topics before and after it in reading order, and the first topic none before it', async () => {
    const home = expectKind(await findRoute('/'), 'home');
    const [first, second, third] = home.props.topics;
    const middle = expectKind(await findRoute(second?.path ?? ''), 'article');
    expect([middle.props.previous?.path, middle.props.next?.path]).toEqual([first?.path, third?.path]);
    expect(expectKind(await findRoute(first?.path ?? ''), 'article').props.previous).toBeUndefined();
  });
});

describe('the route table of other content', () => {
  it('refuses a list of languages without English, which has the old addresses and the 404.html page', async () => {
    await expect(loadRouteTable(contentFixture('translations'), [spanish])).rejects.toThrow(
      "The site's languages must include English: its old addresses and not-found page are in it.",
    );
  });
});
