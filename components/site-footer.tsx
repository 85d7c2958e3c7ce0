import { editorialStandards, reviewCycleText } from '@/lib/content/editorial-standards';
import { FIXED_ROUTES } from '@/lib/routes/fixed-routes';
import { MedicalDisclaimer } from './medical-disclaimer';

const { readingGradeLimit, readingGradeTarget } = editorialStandards;

export function SiteFooter({ siteName }: { siteName: string }) {
  return (
    <footer className="mt-section border-t-4 border-brand bg-page print:hidden">
      <div className="mx-auto max-w-page space-y-3 px-gutter py-8 text-ink">
        <h2 className="text-lg font-bold">About this information</h2>
        <MedicalDisclaimer />
        {/* The rule npm run check:content enforces: a warning above the target, an error above the limit. */}
        <p>
          The topic pages are written in plain language from the clinic&apos;s own article about dry needling in
          physical therapy. They aim for a US school reading level of grade {readingGradeTarget} or lower, and are
          never above grade {readingGradeLimit}. Each topic page is checked against that article again within{' '}
          {reviewCycleText} of its last review, and shows when it was last reviewed and when its next review is due.
        </p>
        <p>
          <a href={FIXED_ROUTES.staffLinks} className="inline-block py-1 text-link">
            Links for staff
          </a>
          <span className="block text-muted">The address of every topic page and its sections, to copy into an email.</span>
        </p>
        <p className="text-muted">{siteName}</p>
      </div>
    </footer>
  );
}
