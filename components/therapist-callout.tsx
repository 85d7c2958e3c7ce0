import { SECTION_HEADING_CLASS } from '@/lib/content/markdown';
import { PAGE_IDS } from '@/lib/routes/page-ids';
import { MedicalDisclaimer } from './medical-disclaimer';
import { SectionLink } from './section-link';

/** Every article ends by sending the reader to the person who knows their case. */
export function TherapistCallout() {
  return (
    <div className="mt-section bg-brand-light px-4 py-5">
      <div className={SECTION_HEADING_CLASS}>
        <h2 id={PAGE_IDS.therapistCallout} className="text-xl font-bold">
          Talk to your physical therapist
        </h2>
        <SectionLink id={PAGE_IDS.therapistCallout} heading="Talk to your physical therapist" />
      </div>
      <p className="mt-2">
        Everyone is different. Your physical therapist will look at your health and goals. They will answer your
        questions. They will help you decide if dry needling is right for you.
      </p>
      <MedicalDisclaimer className="mt-2 text-muted" />
    </div>
  );
}
