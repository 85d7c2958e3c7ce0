/** One step of the trail from the home page to the current page. */
export interface Crumb {
  readonly name: string;
  readonly path: string;
}

export const HOME_CRUMB: Crumb = { name: 'Home', path: '/' };

/** Home, then each page from the top down to the current one (the last). Visible breadcrumbs and JSON-LD both use it. */
export function breadcrumbTrail(...pages: readonly { title: string; path: string }[]): Crumb[] {
  return [HOME_CRUMB, ...pages.map((entry) => ({ name: entry.title, path: entry.path }))];
}
