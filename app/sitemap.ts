import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/routes/site-url';
import { languageAlternates } from '@/lib/site/metadata';
import { loadSitePages } from '@/lib/site/site-pages';

// Written once at build time to out/sitemap.xml.
export const dynamic = 'force-static';

/** Every page search engines should index, dated by its last review: a page changes when a person reviews it, not when the site is rebuilt. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return (await loadSitePages())
    .filter((page) => page.indexable)
    .map((page) => {
      const languages = languageAlternates(page);
      return {
        url: absoluteUrl(page.path),
        ...(page.lastModified && { lastModified: page.lastModified }),
        // Each page lists its twins in the other languages, so search engines pair them.
        ...(languages && { alternates: { languages } }),
      };
    });
}
