/**
 * Where the site is published when SITE_URL is not set. The .example domain can never be
 * anyone's real site: a deployer sets SITE_URL (see docs/deployers.md) and nothing else.
 */
const DEFAULT_SITE_URL = 'https://dryneedling.example.org';

/** "https://clinic.org/" → "https://clinic.org"; anything but the address of a site's root fails the build. */
export function parseSiteUrl(value: string | undefined): string {
  const text = value?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`SITE_URL must be the web address the site is published at, like https://clinic.example.org (got "${text}").`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must start with https:// (got "${text}").`);
  }
  // Every link on the site starts from the root (/after-effects/), so the site cannot live in a folder.
  if (url.pathname !== '/' || url.search || url.hash || url.username) {
    throw new Error(`SITE_URL must be the address of the site's root, like https://clinic.example.org, with nothing after the domain (got "${text}").`);
  }
  return url.origin;
}

/** Site-wide facts, defined once. The site's name and words in each language are in lib/i18n/languages/. */
export const site = {
  /** The published address, without a trailing slash. Search engines and shared links use it. */
  url: parseSiteUrl(process.env.SITE_URL),
} as const;

/** "/after-effects/#soreness" → "https://…/after-effects/#soreness": the form search engines and emails need. */
export function absoluteUrl(path: string): string {
  return `${site.url}${path}`;
}
