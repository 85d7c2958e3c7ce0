import type { ReactNode } from 'react';
import type { Language } from '@/lib/i18n/language';
import { addressSlug } from '@/lib/routes/slug';
import { SectionHeading } from './section-heading';

/**
 * One part of a page about the site (about, accessibility, privacy): a heading and its text. The
 * heading's id is made from its words the way an article's are, so staff can link to the section.
 */
export function TrustSection({ heading, language, children }: { heading: string; language: Language; children: ReactNode }) {
  return (
    <section className="mt-section">
      <SectionHeading id={addressSlug(heading)} text={heading} language={language} className="" />
      <div className="mt-3 space-y-3">{children}</div>
    </section>
  );
}
