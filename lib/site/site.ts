/** The published address lives with the page addresses (lib/routes), where the content check measures links with it too. */
export { absoluteUrl, parseSiteUrl, site } from '@/lib/routes/site-url';
