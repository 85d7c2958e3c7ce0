/**
 * Domains reserved for examples (RFC 2606 and RFC 6761): example.com, example.net and
 * example.org with every name under them, and the top-level names .example, .test, .invalid
 * and .localhost (with localhost itself). Mail to them reaches no one and no one's site lives
 * there, so an address on one is the example the site ships with, never the clinic's own.
 */
const EXAMPLE_DOMAINS = ['example.org', 'example.com', 'example.net'];
const EXAMPLE_TOP_LEVEL = ['example', 'test', 'invalid', 'localhost'];

/** Whether a host name ("clinic.example.org", "localhost") is on a domain reserved for examples. */
export function isExampleHost(hostName: string): boolean {
  const host = hostName.toLowerCase().replace(/\.$/, '');
  // Stryker disable next-line StringLiteral: split always gives at least one part, so at(-1) is never undefined.
  const topLevel = host.split('.').at(-1) ?? '';
  return EXAMPLE_TOP_LEVEL.includes(topLevel) || EXAMPLE_DOMAINS.some((example) => host === example || host.endsWith(`.${example}`));
}
