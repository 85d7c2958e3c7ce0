import { SECTION_LINK_CLASS } from '@/lib/content/markdown';

/**
 * The "#" link beside a heading the page template writes, the same link lib/content/markdown.ts puts
 * beside every article heading, so every section of an article can be linked to.
 */
export function SectionLink({ id, label }: { id: string; label: string }) {
  return (
    <a href={`#${id}`} className={SECTION_LINK_CLASS} aria-label={label}>
      #
    </a>
  );
}
