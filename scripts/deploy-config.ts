// Writes deploy/nginx.conf from lib/security-headers.ts and the articles' aliases. A test fails when the committed file differs.
import { writeFileSync } from 'node:fs';
import { loadArticles } from '@/lib/articles';
import { DEPLOYED_SITE, renderNginxServer } from '@/lib/nginx-config';
import { NGINX_CONF_FILE } from '@/lib/build-paths';
import { listRedirects } from '@/lib/redirects';

void loadArticles().then((articles) => {
  writeFileSync(NGINX_CONF_FILE, renderNginxServer({ ...DEPLOYED_SITE, redirects: listRedirects(articles) }));
  console.log(`Wrote ${NGINX_CONF_FILE}`);
});
