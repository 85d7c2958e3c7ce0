/**
 * The published address lives with the page addresses (lib/routes), where the content check
 * measures links with it too. The path is relative: tailwind.config.ts loads this file without
 * the @/ alias.
 */
export { absoluteUrl, parseSiteUrl, site } from '../routes/site-url';
