import type { Clinic } from '@/lib/content/clinic';
import { telHref } from '@/lib/content/locations';
import type { Language } from '@/lib/i18n/language';
import { message } from '@/lib/i18n/messages';

/** The clinic's website and phone number, as links a reader can follow or tap. */
export function ClinicContact({ clinic, language }: { clinic: Clinic; language: Language }) {
  return (
    <p>
      <a href={clinic.website} className="inline-block py-1 break-all text-link">
        {clinic.website}
      </a>
      <span className="block">
        {message(language, 'locations.phone')}{' '}
        <a href={telHref(clinic.phone)} className="inline-block py-1 whitespace-nowrap text-link">
          {clinic.phone}
        </a>
      </span>
    </p>
  );
}
