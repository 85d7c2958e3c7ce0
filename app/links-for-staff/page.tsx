import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { StaffLinks } from '@/components/staff-links';
import { loadArticles } from '@/lib/content/articles';
import { breadcrumbTrail } from '@/lib/site/breadcrumbs';
import { FIXED_ROUTES } from '@/lib/routes/fixed-routes';
import { pageMetadata } from '@/lib/site/metadata';
import { findSitePage, loadSitePages } from '@/lib/site/site-pages';

async function thisPage() {
  return findSitePage(await loadSitePages(), FIXED_ROUTES.staffLinks);
}

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(await thisPage());
}

export default async function StaffLinksPage() {
  const [page, articles] = await Promise.all([thisPage(), loadArticles()]);
  return (
    <>
      <Breadcrumbs trail={breadcrumbTrail(page)} />
      <h1 className="text-3xl font-bold md:text-4xl">{page.title}</h1>
      <p className="mt-3 text-lg md:text-xl">
        The full web address of every topic page and each of its sections. Copy one into an email: it opens the page, or
        goes straight to that section.
      </p>
      <StaffLinks articles={articles} />
    </>
  );
}
