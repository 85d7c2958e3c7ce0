import { Breadcrumbs } from '@/components/breadcrumbs';
import { message } from '@/lib/i18n/messages';
import { StaffLinks } from '@/components/staff-links';
import { StateEmails } from '@/components/state-emails';
import { pageId } from '@/lib/i18n/page-ids';
import type { TemplateProps } from '@/lib/site/route-table';

export function StaffLinksPage({ language, title, trail, articles, guidePath, topicEmails, stateEmails, exampleLocations }: TemplateProps['staff-links']) {
  return (
    <>
      <Breadcrumbs trail={trail} label={message(language, 'breadcrumbs.label')} />
      <h1 className="text-3xl font-bold md:text-4xl">{title}</h1>
      <p className="mt-3 text-lg md:text-xl">{message(language, 'staffLinks.intro')}</p>
      <p className="mt-3">{message(language, 'guide.staffIntro')}</p>
      <p className="mt-1">
        <a href={guidePath} className="inline-block py-1 text-link">
          {message(language, 'guide.staffLink')}
        </a>
      </p>
      <p className="mt-3">{message(language, 'staffEmails.intro')}</p>
      <p className="mt-2">
        <a href={`#${pageId('stateEmails', language)}`} className="inline-block py-1 text-link">
          {message(language, 'staffEmails.states.heading')}
        </a>
      </p>
      <StaffLinks articles={articles} language={language} emails={topicEmails} />
      <StateEmails groups={stateEmails} language={language} exampleLocations={exampleLocations} />
    </>
  );
}
