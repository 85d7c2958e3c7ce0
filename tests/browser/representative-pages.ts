import { languageOfPath } from '@/lib/i18n/languages';
import { loadRouteTable, type Route } from '@/lib/site/route-table';
import { builtPages } from '@/tests/built/out-dir';

/** A built page that stands for every page of its kind in its language. */
export interface RepresentativePage {
  readonly path: string;
  /** What it stands for: "state not-stated (es)", "article /after-effects/", "old address /dry-needling-and-acupuncture/". */
  readonly stands: string;
  /** Where an old address sends the reader, with the title the page there has. */
  readonly movesTo?: { readonly path: string; readonly title: string };
}

const NOT_FOUND_FILE = '404.html';

/**
 * The pages whose template or data makes them differ: one per kind of page in each language, one
 * state page per answer the site gives (lib/content/state-answers) in each language, and every
 * article, old address, not-found page and printable guide on its own. Every other built page is
 * the same template filled with the same kind of data, which the node test over every page checks.
 */
function groupOf(urlPath: string, route: Route | undefined): string {
  if (urlPath.endsWith(`/${NOT_FOUND_FILE}`)) return `not-found page ${urlPath}`;
  if (!route) throw new Error(`out/ has ${urlPath}, which the route table (lib/site/route-table.ts) does not list: the browser test cannot tell what kind of page it is.`);
  const language = `(${languageOfPath(urlPath).code})`;
  if (route.kind === 'moved') return `old address ${urlPath}`;
  if (route.kind === 'not-found') return `not-found page ${urlPath}`;
  if (route.kind === 'article' || route.kind === 'guide') return `${route.kind} ${urlPath}`;
  if (route.kind === 'state') return `state ${route.props.answer.kind} ${language}`;
  return `${route.kind} ${language}`;
}

/** The first built page of each group, in the order of out/. */
export async function representativePages(): Promise<RepresentativePage[]> {
  const { routes } = await loadRouteTable();
  const chosen = new Map<string, RepresentativePage>();
  for (const urlPath of builtPages()) {
    const route = routes.get(urlPath);
    const stands = groupOf(urlPath, route);
    if (chosen.has(stands)) continue;
    chosen.set(
      stands,
      route?.kind === 'moved' ? { path: urlPath, stands, movesTo: { path: route.props.path, title: route.props.title } } : { path: urlPath, stands },
    );
  }
  return [...chosen.values()];
}
