import type { Metadata } from 'next';
import { AvailabilityNotice } from '@/components/availability-notice';
import { JsonLd } from '@/components/json-ld';
import { TherapistCallout } from '@/components/therapist-callout';
import { TopicList } from '@/components/topic-list';
import { findAvailabilityArticle, loadArticles } from '@/lib/content/articles';
import { loadAvailability, statesNotAvailable } from '@/lib/content/availability';
import { PAGE_IDS } from '@/lib/routes/page-ids';
import { pageMetadata } from '@/lib/site/metadata';
import { site } from '@/lib/site/site';
import { findSitePage, loadSitePages } from '@/lib/site/site-pages';
import { websiteJsonLd } from '@/lib/site/structured-data';

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(findSitePage(await loadSitePages(), '/'));
}

export default async function HomePage() {
  const [articles, availability] = await Promise.all([loadArticles(), loadAvailability()]);
  return (
    <>
      <JsonLd data={websiteJsonLd()} />
      <h1 className="text-3xl font-bold md:text-4xl">{site.name}</h1>
      <p className="mt-3 text-lg md:text-xl">
        Dry needling is a treatment that uses a thin needle with no medicine in it. Physical therapists use it to treat
        pain and areas of the body that are not working well after an injury or overuse.
      </p>
      <p className="mt-3">
        These pages explain in plain words what dry needling is, what happens at a visit, and how you and your physical
        therapist decide if it is right for you.
      </p>
      <AvailabilityNotice
        notAvailable={statesNotAvailable(availability)}
        availabilityHref={findAvailabilityArticle(articles).path}
      />
      <h2 id={PAGE_IDS.topics} className="mt-section text-2xl font-bold">
        Topics
      </h2>
      <p className="mt-2">Read them in this order, or go straight to the one you need.</p>
      <TopicList topics={articles} />
      <TherapistCallout />
    </>
  );
}
