import type { Metadata } from 'next';
import { PAGE_IDS } from '@/lib/routes/page-ids';

// No robots field: Next writes <meta name="robots" content="noindex"> on the not-found page itself.
export const metadata: Metadata = {
  title: 'Page not found',
};

export default function NotFound() {
  return (
    <>
      <h1 className="text-3xl font-bold md:text-4xl">Page not found</h1>
      <p className="mt-4">If you typed the web address, check it is correct.</p>
      <p className="mt-3">If you pasted the web address, check you copied the entire address.</p>
      <p className="mt-3">
        <a href={`/#${PAGE_IDS.topics}`} className="text-link">
          See all topics about dry needling
        </a>
      </p>
    </>
  );
}
