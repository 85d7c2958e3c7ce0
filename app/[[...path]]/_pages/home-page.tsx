import { AvailabilityNotice } from '@/components/availability-notice';
import { JsonLd } from '@/components/json-ld';
import { TherapistCallout } from '@/components/therapist-callout';
import { TopicList } from '@/components/topic-list';
import { findAvailabilityArticle, loadArticles } from '@/lib/content/articles';
import { loadAvailability, statesNotAvailable } from '@/lib/content/availability';
import { CONTENT_DIR } from '@/lib/content/content-paths';
import { fixedRoutes } from '@/lib/routes/fixed-routes';
import { PAGE_IDS } from '@/lib/routes/page-ids';
import type { PageOfKind } from '@/lib/site/site-pages';
import { websiteJsonLd } from '@/lib/site/structured-data';

export async function HomePage({ page }: { page: PageOfKind<'home'> }) {
  const { language } = page;
  const { words } = language;
  const [articles, availability] = await Promise.all([loadArticles(CONTENT_DIR, language), loadAvailability()]);
  return (
    <>
      <JsonLd data={websiteJsonLd(language)} />
      <h1 className="text-3xl font-bold md:text-4xl">{words.site.name}</h1>
      <p className="mt-3 text-lg md:text-xl">{words.home.lead}</p>
      <p className="mt-3">{words.home.intro}</p>
      <AvailabilityNotice
        notAvailable={statesNotAvailable(availability)}
        availabilityHref={findAvailabilityArticle(articles).path}
        language={language}
      />
      <h2 id={PAGE_IDS.topics} className="mt-section text-2xl font-bold">
        {words.home.topicsHeading}
      </h2>
      <p className="mt-2">{words.home.topicsIntro}</p>
      <TopicList topics={articles} />
      <p className="mt-6">
        <a href={fixedRoutes(language).guide} className="text-link">
          {words.guide.homeLink}
        </a>
      </p>
      <TherapistCallout language={language} />
    </>
  );
}
