import { afterEach, describe, expect, it, vi } from 'vitest';
import { absoluteUrl, parseSiteUrl, site } from '@/lib/routes/site-url';

const BARE_ORIGIN = 'SITE_URL must be a bare https origin like https://clinic.example.org, with no path, query, fragment, user name or port';
const HOST_NAME = "SITE_URL must name the site's host with letters, digits, hyphens and dots, like https://clinic.example.org";

describe('the site address a deployer sets in SITE_URL', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('uses the documented .example address when SITE_URL is not set', () => {
    expect(parseSiteUrl(undefined)).toBe('https://dryneedling.example.org');
    expect(parseSiteUrl('  ')).toBe('https://dryneedling.example.org');
  });

  it('accepts the address with or without the slash at the end, in any case, and writes it in lower case', () => {
    expect(parseSiteUrl('https://clinic.example.com/')).toBe('https://clinic.example.com');
    expect(parseSiteUrl('https://clinic.example.com')).toBe('https://clinic.example.com');
    expect(parseSiteUrl('HTTPS://Clinic.Example.com')).toBe('https://clinic.example.com');
  });

  it('accepts a host name in any alphabet, written as browsers send it', () => {
    expect(parseSiteUrl('https://bücher-praxis.example')).toBe('https://xn--bcher-praxis-dlb.example');
  });

  it('refuses anything that does not start with https://, saying what to write', () => {
    for (const value of ['clinic.example.com', 'http://clinic.example.com', 'http://localhost:3000/', 'ftp://clinic.example.com', 'see https://clinic.example.com']) {
      expect(() => parseSiteUrl(value), value).toThrow(`SITE_URL must start with https://, like https://clinic.example.org (got "${value}").`);
    }
  });

  it('refuses a folder, a query, a fragment, a user name or a port, which every link would carry', () => {
    for (const value of [
      'https://clinic.example.com/dry-needling/',
      'https://clinic.example.com/?ref=1',
      'https://clinic.example.com?',
      'https://clinic.example.com/#top',
      'https://editor@clinic.example.com/',
      'https://:secret@clinic.example.com',
      'https://clinic.example.com:8443',
      'https://clinic.example.com\\',
      'https://clinic.example.com//',
      'https://clinic.example.com/https://other.example.org',
    ]) {
      expect(() => parseSiteUrl(value), value).toThrow(`${BARE_ORIGIN} (got ${JSON.stringify(value)}).`);
    }
  });

  it('refuses a host name with characters a domain cannot have, such as & and " (issue 22)', () => {
    expect(() => parseSiteUrl('https://dry&needling"x.org')).toThrow(`${HOST_NAME} (got "https://dry&needling\\"x.org").`);
    for (const value of ['https://dry%26needling.org', 'https://clinic_site.org', 'https://clinic.org.', 'https://clinic..org', 'https://-clinic.org']) {
      expect(() => parseSiteUrl(value), value).toThrow(HOST_NAME);
    }
  });

  it('never writes a character into sitemap.xml or a page that XML or HTML would read as markup, whatever character the host name holds', () => {
    for (let code = 0x20; code < 0x7f; code += 1) {
      const value = `https://dry${String.fromCharCode(code)}needling.org`;
      let origin: string;
      try {
        origin = parseSiteUrl(value);
      } catch {
        continue;
      }
      expect(origin, value).toMatch(/^https:\/\/[a-z0-9.-]+$/);
    }
  });

  it('quotes at most 80 characters of a long value', () => {
    const value = `https://clinic.example.com/${'a'.repeat(200)}`;
    expect(() => parseSiteUrl(value)).toThrow(`(got ${JSON.stringify(`${value.slice(0, 80)}…`)}).`);
    const eighty = `https://clinic.example.com/${'a'.repeat(80 - 'https://clinic.example.com/'.length)}`;
    expect(() => parseSiteUrl(eighty)).toThrow(`(got ${JSON.stringify(eighty)}).`);
  });

  it('accepts the longest host name DNS allows, 253 characters, and refuses a longer one', () => {
    const longest = ['a'.repeat(63), 'b'.repeat(63), 'c'.repeat(63), 'd'.repeat(61)].join('.');
    expect(parseSiteUrl(`https://${longest}`)).toBe(`https://${longest}`);
    expect(() => parseSiteUrl(`https://${longest}e`)).toThrow(HOST_NAME);
    expect(() => parseSiteUrl(`https://${'a'.repeat(64)}.org`)).toThrow(HOST_NAME);
  });

  it('stops the build: with such an address set, the site settings refuse to load', async () => {
    vi.stubEnv('SITE_URL', 'https://dry&needling"x.org');
    vi.resetModules();
    await expect(import('@/lib/routes/site-url')).rejects.toThrow(HOST_NAME);
  });

  it('turns a page or section address into the full address a patient can open from an email', () => {
    expect(absoluteUrl('/after-effects/#what-you-may-feel-afterwards')).toBe(
      `${site.url}/after-effects/#what-you-may-feel-afterwards`,
    );
  });
});
