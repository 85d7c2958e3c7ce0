import { loadArticles } from '@/lib/content/articles';
import type { Language } from '@/lib/i18n/language';
import { LANGUAGES, isDefaultLanguage } from '@/lib/i18n/languages';
import { listAliases, type Alias } from './aliases';
import { notFoundRoute } from './page-address';
import { findSitePage, loadSitePages, type SitePage } from './site-pages';

/** What one address of the site shows: a page, an old address that moved, or a language's not-found page. */
export type SiteRoute =
  | { readonly kind: 'page'; readonly page: SitePage }
  | { readonly kind: 'moved'; readonly alias: Alias; readonly target: SitePage }
  | { readonly kind: 'not-found'; readonly language: Language };

/** Every address the page templates render, with what each shows. */
export async function listRoutes(): Promise<Map<string, SiteRoute>> {
  const [pages, englishArticles] = await Promise.all([loadSitePages(), loadArticles()]);
  const routes = new Map<string, SiteRoute>(pages.map((page) => [page.path, { kind: 'page', page }]));
  for (const alias of listAliases(englishArticles)) {
    routes.set(alias.path, { kind: 'moved', alias, target: findSitePage(pages, alias.target.path) });
  }
  for (const language of LANGUAGES.filter((candidate) => !isDefaultLanguage(candidate))) {
    routes.set(notFoundRoute(language), { kind: 'not-found', language });
  }
  return routes;
}

export async function findRoute(path: string): Promise<SiteRoute> {
  const route = (await listRoutes()).get(path);
  if (!route) throw new Error(`${path} is not an address of the site (lib/site/site-routes.ts).`);
  return route;
}

/** The language a route's page is written in. */
export function languageOfRoute(route: SiteRoute): Language {
  if (route.kind === 'page') return route.page.language;
  if (route.kind === 'moved') return route.target.language;
  return route.language;
}
