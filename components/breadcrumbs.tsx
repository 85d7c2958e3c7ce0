import type { Crumb } from '@/lib/site/breadcrumbs';

/** Where this page sits, from the home page down; the same trail search engines get as a BreadcrumbList. */
export function Breadcrumbs({ trail, label }: { trail: readonly Crumb[]; label: string }) {
  return (
    <nav aria-label={label} className="mb-4 text-muted print:hidden">
      <ol className="flex flex-wrap gap-x-2">
        {trail.map((crumb, index) => {
          const current = index === trail.length - 1;
          return (
            <li key={crumb.path}>
              {index > 0 ? <span aria-hidden="true" className="mr-2">›</span> : null}
              <a href={crumb.path} aria-current={current ? 'page' : undefined} className="inline-block py-1 text-link">
                {crumb.name}
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
