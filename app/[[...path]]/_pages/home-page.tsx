import { AvailabilityNotice } from '@/components/availability-notice';
import { JsonLd } from '@/components/json-ld';
import { SectionHeading } from '@/components/section-heading';
import { TherapistCallout } from '@/components/therapist-callout';
import { TopicList } from '@/components/topic-list';
import { PAGE_IDS } from '@/lib/routes/page-ids';
import type { TemplateProps } from '@/lib/site/route-table';

export function HomePage({ language, structuredData, notAvailable, availabilityPath, topics, guidePath }: TemplateProps['home']) {
  const { words } = language;
  return (
    <>
      <JsonLd data={structuredData} />
      <h1 className="text-3xl font-bold md:text-4xl">{words.site.name}</h1>
      <p className="mt-3 text-lg md:text-xl">{words.home.lead}</p>
      <p className="mt-3">{words.home.intro}</p>
      <AvailabilityNotice notAvailable={notAvailable} availabilityHref={availabilityPath} language={language} />
      <SectionHeading id={PAGE_IDS.topics} text={words.home.topicsHeading} language={language} />
      <p className="mt-2">{words.home.topicsIntro}</p>
      <TopicList topics={topics} />
      <p className="mt-6">
        <a href={guidePath} className="text-link">
          {words.guide.homeLink}
        </a>
      </p>
      <TherapistCallout language={language} />
    </>
  );
}
