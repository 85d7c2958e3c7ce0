import { loadArticles } from '@/lib/content/articles';
import { listRedirects, redirectsFile } from '@/lib/hosting/redirects';

// Written once at build time to out/_redirects (a folder named "_redirects" would be private to Next.js, hence %5F).
export const dynamic = 'force-static';

export async function GET() {
  return new Response(redirectsFile(listRedirects(await loadArticles())), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
