import { AvailabilityNotice } from '@/components/availability-notice';
import { message } from '@/lib/i18n/messages';
import { JsonLd } from '@/components/json-ld';
import { SectionHeading } from '@/components/section-heading';
import { TherapistCallout } from '@/components/therapist-callout';
import { TopicList } from '@/components/topic-list';
import { pageId } from '@/lib/i18n/page-ids';
import { PAGE_IDS } from '@/lib/routes/page-ids';
import type { TemplateProps } from '@/lib/site/route-table';

export function HomePage({ language, structuredData, notAvailable, availabilityPath, topics, guidePath }: TemplateProps['home']) {
  return (
    <>
      <JsonLd data={structuredData} />
      <h1 className="text-3xl font-bold md:text-4xl">{message(language, 'site.name')}</h1>
      <p className="mt-3 text-lg md:text-xl">{message(language, 'home.lead')}</p>
      <p className="mt-3">{message(language, 'home.intro')}</p>
      <AvailabilityNotice notAvailable={notAvailable} availabilityHref={availabilityPath} language={language} />
      <SectionHeading id={pageId('topics', language)} former={PAGE_IDS.topics} text={message(language, 'home.topicsHeading')} language={language} />
      <p className="mt-2">{message(language, 'home.topicsIntro')}</p>
      <TopicList topics={topics} />
      <p className="mt-6">
        <a href={guidePath} className="text-link">
          {message(language, 'guide.homeLink')}
        </a>
      </p>
      <TherapistCallout language={language} />
    </>
  );
}
