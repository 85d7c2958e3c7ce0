import { describe, expect, it } from 'vitest';
import { absoluteUrl, parseSiteUrl, site } from '@/lib/site/site';

describe('the site address a deployer sets in SITE_URL', () => {
  it('uses the documented .example address when SITE_URL is not set', () => {
    expect(parseSiteUrl(undefined)).toBe('https://dryneedling.example.org');
    expect(parseSiteUrl('  ')).toBe('https://dryneedling.example.org');
  });

  it('accepts the address with or without the slash at the end', () => {
    expect(parseSiteUrl('https://clinic.example.com/')).toBe('https://clinic.example.com');
    expect(parseSiteUrl('https://clinic.example.com')).toBe('https://clinic.example.com');
  });

  it('accepts a plain http:// address, such as a preview on this computer', () => {
    expect(parseSiteUrl('http://localhost:3000/')).toBe('http://localhost:3000');
  });

  it('refuses an address with a query, a fragment or a user name, which every link would carry', () => {
    expect(() => parseSiteUrl('https://clinic.example.com/?ref=1')).toThrow("SITE_URL must be the address of the site's root");
    expect(() => parseSiteUrl('https://clinic.example.com/#top')).toThrow("SITE_URL must be the address of the site's root");
    expect(() => parseSiteUrl('https://editor@clinic.example.com/')).toThrow("SITE_URL must be the address of the site's root");
  });

  it('refuses text that is not a web address, another scheme, or a folder', () => {
    expect(() => parseSiteUrl('clinic.example.com')).toThrow('SITE_URL must be the web address the site is published at');
    expect(() => parseSiteUrl('ftp://clinic.example.com')).toThrow('SITE_URL must start with https://');
    expect(() => parseSiteUrl('https://clinic.example.com/dry-needling/')).toThrow("SITE_URL must be the address of the site's root");
  });

  it('turns a page or section address into the full address a patient can open from an email', () => {
    expect(absoluteUrl('/after-effects/#what-you-may-feel-afterwards')).toBe(
      `${site.url}/after-effects/#what-you-may-feel-afterwards`,
    );
  });
});
