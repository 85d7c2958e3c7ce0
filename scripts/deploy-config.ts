// Writes deploy/nginx.conf from lib/security-headers.ts. A test fails when the committed file differs.
import { writeFileSync } from 'node:fs';
import { DEPLOYED_SITE, renderNginxServer } from '@/lib/nginx-config';
import { NGINX_CONF_FILE } from '@/lib/build-paths';

writeFileSync(NGINX_CONF_FILE, renderNginxServer(DEPLOYED_SITE));
console.log(`Wrote ${NGINX_CONF_FILE}`);
