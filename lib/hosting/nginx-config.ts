import { FILE_TYPES } from './content-types';
import type { Redirect } from './redirects';
import { CACHE_HASHED_ASSET, CACHE_REVALIDATE, HASHED_ASSETS_PREFIX, SECURITY_HEADERS, type Header } from './security-headers';

export interface NginxSite {
  /** What `listen` takes: `80`, or `127.0.0.1:8080` in tests. */
  listen: string;
  /** Absolute path of the exported out/ folder on the server. */
  root: string;
  /** Old addresses (front matter `aliases`) answered with a 301 to the page now at them. */
  redirects: readonly Redirect[];
}

/** Where deploy/nginx.conf expects the site; docs/deployers.md tells a clinic to copy out/ there. */
export const DEPLOYED_SITE: Omit<NginxSite, 'redirects'> = { listen: '80', root: '/var/www/dry-needling/out' };

function addHeaders(headers: readonly Header[]): string[] {
  // `always`: the 404 page and redirects carry the headers too, not only 200 responses.
  return headers.map(([name, value]) => `        add_header ${name} "${value}" always;`);
}

/**
 * nginx drops every server-level add_header in a location that has its own, so each location
 * repeats the full list with its own Cache-Control.
 */
function location(prefix: string, cacheControl: string, ...directives: string[]): string[] {
  return [
    `    location ${prefix} {`,
    ...addHeaders([...SECURITY_HEADERS, ['Cache-Control', cacheControl]]),
    ...directives.map((directive) => `        ${directive}`),
    '    }',
  ];
}

/** An exact-match location per old address: a real 301 for search engines, before the meta-refresh page is reached. */
function redirectLocations(redirects: readonly Redirect[]): string[] {
  return redirects.flatMap((redirect) => location(`= ${redirect.from}`, CACHE_REVALIDATE, `return 301 ${redirect.to};`));
}

/** Text types get charset=utf-8; types{} replaces nginx's default map, so it lists every type the site ships. */
function typesBlock(): string[] {
  const entries = Object.entries(FILE_TYPES);
  const textTypes = [...new Set(entries.filter(([, fileType]) => fileType.text).map(([, fileType]) => fileType.type))];
  return [
    '    types {',
    ...entries.map(([extension, fileType]) => `        ${fileType.type} ${extension};`),
    '    }',
    '    default_type application/octet-stream;',
    '    charset utf-8;',
    `    charset_types ${textTypes.join(' ')};`,
  ];
}

/** An nginx `server` block serving the exported site with the headers in lib/hosting/security-headers.ts. */
export function renderNginxServer(site: NginxSite): string {
  return [
    '# Generated from lib/hosting/security-headers.ts by `npm run deploy-config`: edit that module, not this file.',
    '# Put it in /etc/nginx/conf.d/ and copy out/ to the root below. Serve it over HTTPS: add',
    '# `listen 443 ssl;` and your certificate lines (Strict-Transport-Security only counts over HTTPS).',
    'server {',
    `    listen ${site.listen};`,
    '    server_name _;',
    `    root ${site.root};`,
    '    index index.html;',
    '    server_tokens off;',
    '    # /after-effects redirects to /after-effects/ with a relative Location, whatever host name is used.',
    '    absolute_redirect off;',
    // A folder without index.html is "not found" to a reader, not "forbidden".
    '    error_page 403 404 =404 /404.html;',
    '    # The build writes a .gz beside every text file.',
    '    gzip_static on;',
    '    gzip_vary on;',
    ...typesBlock(),
    '',
    ...location('/', CACHE_REVALIDATE),
    ...location(HASHED_ASSETS_PREFIX, CACHE_HASHED_ASSET),
    ...redirectLocations(site.redirects),
    '}',
    '',
  ].join('\n');
}
