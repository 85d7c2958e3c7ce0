import type { Language } from '@/lib/i18n/language';
import { message } from '@/lib/i18n/messages';
import { SECTION_HEADING_CLASS } from '@/lib/content/markdown';
import { FormerId } from './former-id';
import { SectionLink } from './section-link';

/**
 * An h2 with an id and the "#" link beside it, like every section heading of an article, so staff
 * can link to the section. `former` is the id the section had in English, kept for links already sent.
 */
export function SectionHeading({
  id,
  former,
  text,
  language,
  className = 'mt-section',
}: {
  id: string;
  former?: string;
  text: string;
  language: Language;
  className?: string;
}) {
  return (
    <div className={`${SECTION_HEADING_CLASS} ${className}`}>
      {former === undefined ? null : <FormerId id={former} current={id} />}
      <h2 id={id} className="text-2xl font-bold">
        {text}
      </h2>
      <SectionLink id={id} label={message(language, 'sectionLink', { heading: text })} />
    </div>
  );
}
