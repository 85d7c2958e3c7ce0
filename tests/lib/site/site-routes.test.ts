import { describe, expect, it } from 'vitest';
import { findRoute, languageOfRoute, listRoutes } from '@/lib/site/site-routes';

// The real content/: its article on acupuncture keeps its old address /dry-needling-vs-acupuncture/.
describe('the addresses the site renders', { timeout: 30_000 }, () => {
  it('renders every page of the list, in every language', async () => {
    const home = await findRoute('/');
    expect(home.kind === 'page' && [home.page.kind, languageOfRoute(home).code]).toEqual(['home', 'en']);
    const spanishHome = await findRoute('/es/');
    expect(spanishHome.kind === 'page' && [spanishHome.page.kind, languageOfRoute(spanishHome).code]).toEqual(['home', 'es']);
  });

  it('renders an old address as the page that moved, in the language of the page it moved to', async () => {
    const moved = await findRoute('/dry-needling-vs-acupuncture/');
    expect(moved.kind === 'moved' && [moved.alias.slug, moved.target.path, languageOfRoute(moved).code]).toEqual([
      'dry-needling-vs-acupuncture',
      '/dry-needling-and-acupuncture/',
      'en',
    ]);
  });

  it('renders a not-found page in each translated language, and leaves English to the 404.html Next makes', async () => {
    const spanishNotFound = await findRoute('/es/404/');
    expect(spanishNotFound.kind).toBe('not-found');
    expect(languageOfRoute(spanishNotFound).code).toBe('es');
    expect((await listRoutes()).has('/404/')).toBe(false);
  });

  it('says where addresses are listed when asked for one that is not', async () => {
    await expect(findRoute('/opening-hours/')).rejects.toThrow('/opening-hours/ is not an address of the site (lib/site/site-routes.ts).');
  });
});
