import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NGINX_CONF_FILE } from '@/lib/hosting/build-paths';
import { renderHeadersFile } from '@/lib/hosting/headers-file';
import { loadArticles } from '@/lib/content/articles';
import { DEPLOYED_SITE, renderNginxServer } from '@/lib/hosting/nginx-config';
import { listRedirects } from '@/lib/hosting/redirects';
import { serveConfig } from '@/lib/hosting/serve-config';
import { SECURITY_HEADERS } from '@/lib/hosting/security-headers';

const deployedSite = { ...DEPLOYED_SITE, redirects: listRedirects(await loadArticles()) };

describe('deploy/nginx.conf', () => {
  it('is what lib/hosting/security-headers.ts and the aliases in content/ generate (run `npm run deploy-config` after changing a header or an alias)', () => {
    expect(readFileSync(NGINX_CONF_FILE, 'utf8')).toBe(renderNginxServer(deployedSite));
  });

  it('listens on port 80 only to send browsers to HTTPS, and serves the site on 443 with the deployer’s certificate', () => {
    const [http = '', https = ''] = renderNginxServer(deployedSite).split(/^server \{$/m).slice(1);
    expect(http).toContain('    listen 80;\n    listen [::]:80;\n');
    expect(http).toContain('return 301 https://$host$request_uri;');
    expect(http).not.toContain('root /var/www/dry-needling/out;');
    expect(https).toContain('    listen 443 ssl;\n    listen [::]:443 ssl;\n');
    expect(https).toContain(`ssl_certificate ${DEPLOYED_SITE.certificate};`);
    expect(https).toContain('ssl_protocols TLSv1.2 TLSv1.3;');
  });

  it('answers each old address, with and without its final slash, with a 301 to its page', () => {
    const config = renderNginxServer({ ...DEPLOYED_SITE, redirects: [{ from: '/needles/', to: '/after-effects/' }, { from: '/needles', to: '/after-effects/' }] });
    expect(config).toMatch(/location = \/needles\/ \{[^}]*return 301 \/after-effects\/;[^}]*\}/);
    expect(config).toMatch(/location = \/needles \{[^}]*return 301 \/after-effects\/;[^}]*\}/);
  });

  it('sets every header in each server block itself, for the answers nginx gives before it picks a location', () => {
    const servers = renderNginxServer(deployedSite).split(/^server \{$/m).slice(1);
    expect(servers).toHaveLength(2);
    for (const server of servers) {
      const beforeLocations = server.split(/^\s*location /m)[0] ?? '';
      for (const [name, value] of [...SECURITY_HEADERS, ['Cache-Control', 'no-cache']]) expect(beforeLocations).toContain(`\n    add_header ${name} "${value}" always;\n`);
    }
  });

  it('repeats every header in every location, since nginx drops server-level add_header there', () => {
    const locations = renderNginxServer(deployedSite).split(/^\s*location /m).slice(1);
    expect(locations.length).toBeGreaterThan(1);
    for (const block of locations) {
      for (const [name] of [...SECURITY_HEADERS, ['Cache-Control']]) expect(block).toMatch(new RegExp(`add_header ${name} ".+" always;`));
    }
  });
});

describe('renderHeadersFile', () => {
  const rules = new Map(
    renderHeadersFile()
      .trim()
      .split(/\n(?=\/)/)
      .map((rule) => [rule.split('\n')[0], rule.split('\n').slice(1)]),
  );

  it('sends every security header and a revalidating Cache-Control under /*, which every response matches whatever its status, and detaches the Access-Control-Allow-Origin Cloudflare adds', () => {
    expect(rules.get('/*')).toEqual([...SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`), '  Cache-Control: no-cache', '  ! Access-Control-Allow-Origin']);
  });

  it('gives the hashed assets a year, removing the /* Cache-Control first so the two are not joined', () => {
    expect(rules.get('/_next/static/*')).toEqual(['  Cache-Control: public, max-age=31536000, immutable', '  ! Cache-Control']);
    expect([...rules.keys()]).toEqual(['/*', '/_next/static/*']);
  });
});

describe('serveConfig', () => {
  it('serves pages at their folder address, never lists a folder, and sends every security header on every path', () => {
    const config = serveConfig();
    expect(config).toMatchObject({ trailingSlash: true, directoryListing: false });
    expect(config.headers[0]).toEqual({ source: '**', headers: [...SECURITY_HEADERS, ['Cache-Control', 'no-cache']].map(([key, value]) => ({ key, value })) });
  });

  it('gives hashed assets the long cache after the page rule, so it wins in serve', () => {
    const [pages, assets] = serveConfig().headers;
    expect(pages?.headers).toContainEqual({ key: 'Cache-Control', value: 'no-cache' });
    expect(assets).toEqual({ source: '_next/static/**', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] });
  });
});
