/**
 * Where the site is published when SITE_URL is not set. The .example domain can never be
 * anyone's real site: a deployer sets SITE_URL (see docs/deployers.md) and nothing else.
 */
export const DEFAULT_SITE_URL = 'https://dryneedling.example.org';

/**
 * "https://clinic.org/" → "https://clinic.org". Only a bare https origin passes: every page, the
 * sitemap and the JSON-LD write the address as it is, so anything else fails the build with
 * what to write.
 */
export function parseSiteUrl(value: string | undefined): string {
  const text = value?.trim() || DEFAULT_SITE_URL;
  // The value is quoted in the build log, cut to 80 characters, escaped so a line break or quote in it stays visible.
  const characters = [...text];
  const quoted = JSON.stringify(characters.length > 80 ? `${characters.slice(0, 80).join('')}…` : text);
  if (!/^https:\/\//i.test(text)) {
    throw new Error(`SITE_URL must start with https://, like https://clinic.example.org (got ${quoted}).`);
  }
  // Every link on the site starts from the root (/after-effects/), so the site cannot live in a folder.
  if (!/^https:\/\/[^/?#\\@:\s]+\/?$/i.test(text)) {
    throw new Error(`SITE_URL must be a bare https origin like https://clinic.example.org, with no path, query, fragment, user name or port (got ${quoted}).`);
  }
  // The URL parser lets through characters such as & and " in a host name; a DNS name has none.
  // Stryker disable next-line StringLiteral: Stryker's replacement text is no host name either, so the test below refuses it the same way.
  const hostName = URL.canParse(text) ? new URL(text).hostname : '';
  const label = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
  if (hostName.length > 253 || !new RegExp(`^${label}(?:\\.${label})*$`).test(hostName)) {
    throw new Error(`SITE_URL must name the site's host with letters, digits, hyphens and dots, like https://clinic.example.org (got ${quoted}).`);
  }
  return `https://${hostName}`;
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
