import type { Metadata } from 'next';
import { NotFoundPage } from '@/components/not-found-page';
import { PageShell } from '@/components/page-shell';
import { DEFAULT_LANGUAGE } from '@/lib/i18n/languages';
import { notFoundMetadata, siteMetadata } from '@/lib/site/metadata';
import { siteChrome } from '@/lib/site/site-chrome';
import './globals.css';

// The host's 404.html for every address that has no page. Other languages have their own
// (lib/site/site-routes.ts), which hosts serve for missing addresses under their folder.
export async function generateMetadata(): Promise<Metadata> {
  // No robots field: Next writes <meta name="robots" content="noindex"> on this page itself.
  const { title } = notFoundMetadata(DEFAULT_LANGUAGE);
  return { ...(await siteMetadata(DEFAULT_LANGUAGE)), title };
}

export default async function GlobalNotFound() {
  return (
    <PageShell chrome={await siteChrome(DEFAULT_LANGUAGE, [], true)}>
      <NotFoundPage language={DEFAULT_LANGUAGE} />
    </PageShell>
  );
}
