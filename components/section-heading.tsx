import type { Language } from '@/lib/i18n/language';
import { message } from '@/lib/i18n/messages';
import { SECTION_HEADING_CLASS } from '@/lib/content/markdown';
import { SectionLink } from './section-link';

/** An h2 with an id and the "#" link beside it, like every section heading of an article, so staff can link to the section. */
export function SectionHeading({ id, text, language, className = 'mt-section' }: { id: string; text: string; language: Language; className?: string }) {
  return (
    <div className={`${SECTION_HEADING_CLASS} ${className}`}>
      <h2 id={id} className="text-2xl font-bold">
        {text}
      </h2>
      <SectionLink id={id} label={message(language, 'sectionLink', { heading: text })} />
    </div>
  );
}
