import type { ReactNode } from 'react';

/** One part of a page about the site (about, accessibility, privacy): a heading and its text. */
export function TrustSection({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <section className="mt-section">
      <h2 className="text-2xl font-bold">{heading}</h2>
      <div className="mt-3 space-y-3">{children}</div>
    </section>
  );
}
