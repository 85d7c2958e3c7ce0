import type { Metadata } from 'next';
import { NotFoundPage } from '@/components/not-found-page';
import { PageShell } from '@/components/page-shell';
import { loadRouteTable } from '@/lib/site/route-table';
import './globals.css';

// The host's 404.html for every address that has no page. Other languages have their own
// (lib/site/route-table.ts), which hosts serve for missing addresses under their folder.
export async function generateMetadata(): Promise<Metadata> {
  // No robots field: Next writes <meta name="robots" content="noindex"> on this page itself.
  const { head } = (await loadRouteTable()).notFound;
  return { ...head.site, title: head.page.title };
}

export default async function GlobalNotFound() {
  const { chrome, props } = (await loadRouteTable()).notFound;
  return (
    <PageShell chrome={chrome}>
      <NotFoundPage {...props} />
    </PageShell>
  );
}
