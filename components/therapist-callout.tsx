import type { Language } from '@/lib/i18n/language';
import { message } from '@/lib/i18n/messages';
import { SECTION_HEADING_CLASS } from '@/lib/content/markdown';
import { pageId } from '@/lib/i18n/page-ids';
import { PAGE_IDS } from '@/lib/routes/page-ids';
import { FormerId } from './former-id';
import { MedicalDisclaimer } from './medical-disclaimer';
import { SectionLink } from './section-link';

/** Every article ends by sending the reader to the person who knows their case. */
export function TherapistCallout({ language }: { language: Language }) {
  return (
    <div className="mt-section bg-brand-light px-4 py-5">
      <FormerId id={PAGE_IDS.therapistCallout} current={pageId('therapistCallout', language)} />
      <div className={SECTION_HEADING_CLASS}>
        <h2 id={pageId('therapistCallout', language)} className="text-xl font-bold">
          {message(language, 'therapistCallout.heading')}
        </h2>
        <SectionLink id={pageId('therapistCallout', language)} label={message(language, 'sectionLink', { heading: message(language, 'therapistCallout.heading') })} />
      </div>
      <p className="mt-2">{message(language, 'therapistCallout.text')}</p>
      <MedicalDisclaimer text={message(language, 'disclaimer')} className="mt-2 text-muted" />
    </div>
  );
}
