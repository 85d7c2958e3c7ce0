import type { Language } from '@/lib/i18n/language';
import { SECTION_HEADING_CLASS } from '@/lib/content/markdown';
import { PAGE_IDS } from '@/lib/routes/page-ids';
import { MedicalDisclaimer } from './medical-disclaimer';
import { SectionLink } from './section-link';

/** Every article ends by sending the reader to the person who knows their case. */
export function TherapistCallout({ language }: { language: Language }) {
  const { words } = language;
  return (
    <div className="mt-section bg-brand-light px-4 py-5">
      <div className={SECTION_HEADING_CLASS}>
        <h2 id={PAGE_IDS.therapistCallout} className="text-xl font-bold">
          {words.therapistCallout.heading}
        </h2>
        <SectionLink id={PAGE_IDS.therapistCallout} label={words.sectionLink(words.therapistCallout.heading)} />
      </div>
      <p className="mt-2">{words.therapistCallout.text}</p>
      <MedicalDisclaimer text={words.disclaimer} className="mt-2 text-muted" />
    </div>
  );
}
