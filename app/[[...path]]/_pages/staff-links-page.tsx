import { Breadcrumbs } from '@/components/breadcrumbs';
import { StaffLinks } from '@/components/staff-links';
import { StateEmails } from '@/components/state-emails';
import { loadArticles } from '@/lib/content/articles';
import { loadAvailability, statesNotAvailable } from '@/lib/content/availability';
import { CONTENT_DIR } from '@/lib/content/content-paths';
import { loadLocations } from '@/lib/content/locations';
import { answersByState } from '@/lib/content/state-answers';
import { PAGE_IDS } from '@/lib/routes/page-ids';
import { breadcrumbTrail } from '@/lib/site/breadcrumbs';
import { loadSitePages, type PageOfKind } from '@/lib/site/site-pages';
import { stateEmailGroups, topicEmails } from '@/lib/site/staff-emails';

export async function StaffLinksPage({ page }: { page: PageOfKind<'staff-links'> }) {
  const { language } = page;
  const { words } = language;
  const [articles, pages, availability, { example, locations }] = await Promise.all([
    loadArticles(CONTENT_DIR, language),
    loadSitePages(),
    loadAvailability(),
    loadLocations(),
  ]);
  const emails = new Map(topicEmails(pages, language).map((topic) => [topic.page.path, topic.emails]));
  const groups = stateEmailGroups(pages, answersByState(availability, locations), language, {
    notAvailableCount: statesNotAvailable(availability).length,
    exampleLocations: example,
  });
  return (
    <>
      <Breadcrumbs trail={breadcrumbTrail(language, page)} label={words.breadcrumbs.label} />
      <h1 className="text-3xl font-bold md:text-4xl">{page.title}</h1>
      <p className="mt-3 text-lg md:text-xl">{words.staffLinks.intro}</p>
      <p className="mt-3">{words.staffEmails.intro}</p>
      <p className="mt-2">
        <a href={`#${PAGE_IDS.stateEmails}`} className="inline-block py-1 text-link">
          {words.staffEmails.states.heading}
        </a>
      </p>
      <StaffLinks articles={articles} language={language} emails={emails} />
      <StateEmails groups={groups} language={language} exampleLocations={example} />
    </>
  );
}
