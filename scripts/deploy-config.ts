// Writes deploy/nginx.conf from lib/hosting/security-headers.ts and the articles' aliases. A test fails when the committed file differs.
import { writeFileSync } from 'node:fs';
import { loadArticles } from '@/lib/content/articles';
import { DEPLOYED_SITE, renderNginxServer } from '@/lib/hosting/nginx-config';
import { NGINX_CONF_FILE } from '@/lib/hosting/build-paths';
import { listRedirects } from '@/lib/hosting/redirects';

void loadArticles().then((articles) => {
  writeFileSync(NGINX_CONF_FILE, renderNginxServer({ ...DEPLOYED_SITE, redirects: listRedirects(articles) }));
  console.log(`Wrote ${NGINX_CONF_FILE}`);
});
