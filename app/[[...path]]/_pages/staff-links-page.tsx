import { Breadcrumbs } from '@/components/breadcrumbs';
import { StaffLinks } from '@/components/staff-links';
import { StateEmails } from '@/components/state-emails';
import { PAGE_IDS } from '@/lib/routes/page-ids';
import type { TemplateProps } from '@/lib/site/route-table';

export function StaffLinksPage({ language, title, trail, articles, guidePath, topicEmails, stateEmails, exampleLocations }: TemplateProps['staff-links']) {
  const { words } = language;
  return (
    <>
      <Breadcrumbs trail={trail} label={words.breadcrumbs.label} />
      <h1 className="text-3xl font-bold md:text-4xl">{title}</h1>
      <p className="mt-3 text-lg md:text-xl">{words.staffLinks.intro}</p>
      <p className="mt-3">{words.guide.staffIntro}</p>
      <p className="mt-1">
        <a href={guidePath} className="inline-block py-1 text-link">
          {words.guide.staffLink}
        </a>
      </p>
      <p className="mt-3">{words.staffEmails.intro}</p>
      <p className="mt-2">
        <a href={`#${PAGE_IDS.stateEmails}`} className="inline-block py-1 text-link">
          {words.staffEmails.states.heading}
        </a>
      </p>
      <StaffLinks articles={articles} language={language} emails={topicEmails} />
      <StateEmails groups={stateEmails} language={language} exampleLocations={exampleLocations} />
    </>
  );
}
