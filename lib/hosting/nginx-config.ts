import { LANGUAGES, isDefaultLanguage, languagePathPrefix } from '@/lib/i18n/languages';
import { notFoundFile } from '@/lib/site/page-address';
import { HOST_CONFIG_FILES } from './build-paths';
import { FILE_TYPES } from './content-types';
import type { Redirect } from './redirects';
import { CACHE_HASHED_ASSET, CACHE_REVALIDATE, HASHED_ASSETS_PREFIX, SECURITY_HEADERS, type Header } from './security-headers';

export interface NginxSite {
  /** What the `listen` lines of the port-80 server take: `80` and `[::]:80`, or `127.0.0.1:8080` in tests. */
  readonly httpListen: readonly string[];
  /** The same for the HTTPS server, which serves the site: `443` and `[::]:443`. */
  readonly httpsListen: readonly string[];
  /** Absolute path of the exported out/ folder on the server. */
  readonly root: string;
  /** Where Let's Encrypt's HTTP check finds its answer (certbot certonly --webroot -w <this>). */
  readonly acmeRoot: string;
  /** The certificate chain and its private key: the deployer's own, or a throwaway pair in tests. */
  readonly certificate: string;
  readonly certificateKey: string;
  /** Old addresses (front matter `aliases`) answered with a 301 to the page now at them. */
  readonly redirects: readonly Redirect[];
}

/** Where deploy/nginx.conf expects the site and its certificate; docs/deployers.md tells a clinic what to change. */
export const DEPLOYED_SITE: Omit<NginxSite, 'redirects'> = {
  httpListen: ['80', '[::]:80'],
  httpsListen: ['443', '[::]:443'],
  root: '/var/www/dry-needling/out',
  acmeRoot: '/var/www/dry-needling/acme',
  certificate: '/etc/letsencrypt/live/dryneedling.example.org/fullchain.pem',
  certificateKey: '/etc/letsencrypt/live/dryneedling.example.org/privkey.pem',
};

/**
 * Mozilla's "intermediate" server-side TLS profile (version 5.7), for nginx 1.22 and OpenSSL 3:
 * every browser of the last ten years connects, and nothing older than TLS 1.2 or without
 * forward secrecy does. Left out on purpose: the DHE suites (they need a dhparam file, and every
 * client that can use them can use ECDHE), OCSP stapling (Let's Encrypt no longer runs OCSP) and
 * HTTP/2 (a page is one HTML and one CSS file, and the directive differs between nginx versions).
 */
const TLS_SETTINGS: readonly string[] = [
  'ssl_protocols TLSv1.2 TLSv1.3;',
  'ssl_ecdh_curve X25519:prime256v1:secp384r1;',
  'ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305;',
  // With only strong suites offered, the client's order (which knows its own hardware) is fine.
  'ssl_prefer_server_ciphers off;',
  'ssl_session_timeout 1d;',
  'ssl_session_cache shared:DryNeedlingTLS:10m;',
  // Tickets reuse one key for every session until nginx restarts, weakening forward secrecy.
  'ssl_session_tickets off;',
];

function addHeaders(indent: string, headers: readonly Header[]): string[] {
  // `always`: the 404 page, redirects and errors such as 405 carry the headers too, not only 200 responses.
  return headers.map(([name, value]) => `${indent}add_header ${name} "${value}" always;`);
}

/**
 * nginx refuses some requests before it picks a location, and those answers take only the
 * server's own add_header lines; every location replaces them with its own list.
 * tests/built/nginx.test.ts sends each of these requests.
 */
function earlyAnswerHeaders(): string[] {
  return [
    '    # nginx answers a malformed request or path (400), TRACE (405), an address over 8 kB (414), headers over 8 kB (400),',
    '    # an unknown Transfer-Encoding (501) or HTTP version (505) before it picks a location: these lines reach those answers.',
    ...addHeaders('    ', [...SECURITY_HEADERS, ['Cache-Control', CACHE_REVALIDATE]]),
  ];
}

/**
 * nginx drops every server-level add_header in a location that has its own, so each location
 * repeats the full list with its own Cache-Control, and every response gets each header once.
 */
function location(match: string, cacheControl: string, ...directives: string[]): string[] {
  return [
    `    location ${match} {`,
    ...addHeaders('        ', [...SECURITY_HEADERS, ['Cache-Control', cacheControl]]),
    ...directives.map((directive) => `        ${directive}`),
    '    }',
  ];
}

/** An exact-match location per old address: a real 301 for search engines, before the meta-refresh page is reached. */
function redirectLocations(redirects: readonly Redirect[]): string[] {
  return redirects.flatMap((redirect) => location(`= ${redirect.from}`, CACHE_REVALIDATE, `return 301 ${redirect.to};`));
}

/**
 * A missing address under a language's folder (/es/...) answers with that language's
 * not-found page, which, like the English one, is only ever an answer.
 */
function languageLocations(): string[] {
  return LANGUAGES.filter((language) => !isDefaultLanguage(language)).flatMap((language) => {
    const notFound = `/${notFoundFile(language)}`;
    return [
      ...location(languagePathPrefix(language), CACHE_REVALIDATE, `error_page 403 404 =404 ${notFound};`),
      ...location(`= ${notFound}`, CACHE_REVALIDATE, 'internal;', `error_page 404 ${notFound};`),
    ];
  });
}

/**
 * Files that must never be served even if they end up in the web root: dotfiles and folders
 * (a copied .git/ or .env), and the configuration files of other hosts. They answer with the
 * site's 404 page, like any address that does not exist.
 */
function refusedLocations(): string[] {
  return [
    ...location('~ /\\.', CACHE_REVALIDATE, 'return 404;'),
    ...HOST_CONFIG_FILES.flatMap((file) => location(`= /${file}`, CACHE_REVALIDATE, 'return 404;')),
  ];
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

/** Port 80 only sends browsers to HTTPS, except for Let's Encrypt's check of the domain. */
function httpServer(site: NginxSite): string[] {
  return [
    'server {',
    ...site.httpListen.map((address) => `    listen ${address};`),
    '    server_name _;',
    '    server_tokens off;',
    ...earlyAnswerHeaders(),
    `    # Let's Encrypt checks the domain here: certbot certonly --webroot -w ${site.acmeRoot} -d <your host name>`,
    ...location('^~ /.well-known/acme-challenge/', CACHE_REVALIDATE, `root ${site.acmeRoot};`, 'default_type text/plain;'),
    ...location('/', CACHE_REVALIDATE, 'return 301 https://$host$request_uri;'),
    '}',
  ];
}

function httpsServer(site: NginxSite): string[] {
  return [
    'server {',
    ...site.httpsListen.map((address) => `    listen ${address} ssl;`),
    '    # Put the site\'s host name here if this nginx serves other sites too.',
    '    server_name _;',
    '    # Your certificate and its key: change the two paths (certbot writes them under /etc/letsencrypt/live/).',
    `    ssl_certificate ${site.certificate};`,
    `    ssl_certificate_key ${site.certificateKey};`,
    ...TLS_SETTINGS.map((setting) => `    ${setting}`),
    `    root ${site.root};`,
    '    index index.html;',
    '    server_tokens off;',
    ...earlyAnswerHeaders(),
    '    # /after-effects redirects to /after-effects/ with a relative Location, whatever host name is used.',
    '    absolute_redirect off;',
    // A folder without index.html is "not found" to a reader, not "forbidden".
    '    error_page 403 404 =404 /404.html;',
    '    # Every file is small, so byte ranges buy nothing; and nginx 1.22 sends every add_header',
    '    # header twice on its 416 answer to an impossible range. A Range request gets the whole file.',
    '    max_ranges 0;',
    '    # The build writes a .gz beside every text file.',
    '    gzip_static on;',
    '    gzip_vary on;',
    ...typesBlock(),
    '',
    ...location('/', CACHE_REVALIDATE),
    ...location(HASHED_ASSETS_PREFIX, CACHE_HASHED_ASSET),
    // The not-found page is only ever an answer: asked for by name, it is not found either.
    ...location('= /404.html', CACHE_REVALIDATE, 'internal;'),
    ...languageLocations(),
    ...refusedLocations(),
    ...redirectLocations(site.redirects),
    '}',
  ];
}

/** The nginx `server` blocks for the exported site, with the headers in lib/hosting/security-headers.ts. */
export function renderNginxServer(site: NginxSite): string {
  return [
    '# Generated from lib/hosting/security-headers.ts by `npm run deploy-config`: edit that module, not this file.',
    '# Put it in /etc/nginx/conf.d/, copy out/ to the root below and set the certificate paths (docs/deployers.md).',
    ...httpServer(site),
    '',
    ...httpsServer(site),
    '',
  ].join('\n');
}
