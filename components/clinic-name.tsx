import type { Clinic } from '@/lib/content/clinic';

/** The clinic that publishes the site, by its logo when it has one, linking to the clinic's own website. */
export function ClinicName({ clinic }: { clinic: Clinic }) {
  return (
    <a href={clinic.website} className="block w-fit py-1 text-white underline underline-offset-4 hover:decoration-2">
      {clinic.logo === undefined ? (
        clinic.name
      ) : (
        // A picture from public/, served as it is: next/image would need the runtime this site removes.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={clinic.logo} alt={clinic.name} className="h-10 w-auto" />
      )}
    </a>
  );
}
