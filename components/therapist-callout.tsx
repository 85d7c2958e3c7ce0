import { PAGE_IDS } from '@/lib/page-ids';
import { MedicalDisclaimer } from './medical-disclaimer';

/** Every article ends by sending the reader to the person who knows their case. */
export function TherapistCallout() {
  return (
    <div className="mt-section bg-brand-light px-4 py-5">
      <h2 id={PAGE_IDS.therapistCallout} className="text-xl font-bold">
        Talk to your physical therapist
      </h2>
      <p className="mt-2">
        Everyone is different. Your physical therapist will look at your health and goals. They will answer your
        questions. They will help you decide if dry needling is right for you.
      </p>
      <MedicalDisclaimer className="mt-2 text-muted" />
    </div>
  );
}
