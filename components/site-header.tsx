export interface NavLink {
  readonly href: string;
  readonly label: string;
}

export function SiteHeader({ siteName, links }: { siteName: string; links: readonly NavLink[] }) {
  return (
    <header className="bg-banner text-white print:hidden">
      <div className="mx-auto max-w-page px-gutter py-4">
        <a href="/" className="inline-block py-1 text-xl font-bold text-white no-underline hover:underline">
          {siteName}
        </a>
        <nav aria-label="Primary" className="mt-2">
          <ul className="flex flex-wrap gap-x-6 gap-y-1">
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href} className="inline-block py-2 text-white underline underline-offset-4 hover:decoration-2">
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
