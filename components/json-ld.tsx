import type { Thing, WithContext } from 'schema-dts';
import { serializeJsonLd } from '@/lib/site/structured-data';

/**
 * Structured data for search engines. The second place a page sets raw markup, and safe
 * for the same reason as article-body: serializeJsonLd escapes every "<", so the JSON
 * cannot end the script element or start another.
 */
export function JsonLd({ data }: { data: WithContext<Thing> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
