import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/routes/site-url';

// Written once at build time to out/robots.txt.
export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/' }, sitemap: absoluteUrl('/sitemap.xml') };
}
