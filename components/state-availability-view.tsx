import { message } from '@/lib/i18n/messages';
import { pageId } from '@/lib/i18n/page-ids';
import { PAGE_IDS } from '@/lib/routes/page-ids';
import type { TemplateProps } from '@/lib/site/route-table';
import { answerFromArticle, answerFromLocations, locationData, nextSteps, stateLocationsHeading, statePageTitle } from '@/lib/site/phrases';
import { ExampleDataNotice } from './example-data-notice';
import { LocationList } from './location-list';
import { PageReview } from './page-review';
import { SectionHeading } from './section-heading';
import { TherapistCallout } from './therapist-callout';

/** What a state page's template renders, less what the page around the view shows (breadcrumbs, structured data). */
export type StateAvailabilityViewProps = Omit<TemplateProps['state'], 'trail' | 'structuredData'>;

/**
 * The answer for one state, in one of three cases, then what to do next. What the clinic's
 * article says comes first; anything that depends on the locations comes after the notice
 * that they are examples, while they are.
 */
export function StateAvailabilityView({
  answer,
  language,
  notAvailableCount,
  elsewhere,
  exampleLocations,
  availabilityPath,
  locationsPath,
  source,
  reviews,
  checked,
}: StateAvailabilityViewProps) {
  const fromArticle = answerFromArticle(answer, notAvailableCount, language);
  const fromLocations = answerFromLocations(answer, language);
  const listed = answer.kind === 'offered-at-locations' ? answer.locations : elsewhere;
  const usesLocations = fromLocations !== undefined || listed.length > 0;
  const lead = 'mt-3 text-lg md:text-xl';
  return (
    <article>
      <h1 className="text-3xl font-bold md:text-4xl">{statePageTitle(answer.state.code, language)}</h1>
      {fromArticle === undefined ? null : <p className={lead}>{fromArticle}</p>}
      {exampleLocations && usesLocations ? <ExampleDataNotice language={language} /> : null}
      {fromLocations === undefined ? null : <p className={fromArticle === undefined ? lead : 'mt-2'}>{fromLocations}</p>}
      {answer.state.note ? <p className="mt-2">{answer.state.note}</p> : null}

      <SectionHeading id={pageId('stateNextSteps', language)} former={PAGE_IDS.stateNextSteps} text={message(language, 'statePage.nextStepsHeading')} language={language} />
      {nextSteps(answer, elsewhere.length > 0, language).map((sentences) => (
        <p key={sentences} className="mt-2">
          {sentences}
        </p>
      ))}

      {listed.length > 0 ? (
        <section aria-labelledby={pageId('stateLocations', language)}>
          <SectionHeading id={pageId('stateLocations', language)} former={PAGE_IDS.stateLocations} text={stateLocationsHeading(answer, language)} language={language} />
          <LocationList locations={listed} language={language} />
        </section>
      ) : null}

      <ul className="mt-section space-y-1">
        <li>
          <a href={availabilityPath} className="inline-block py-1 text-link">
            {message(language, 'statePage.everyState')}
          </a>
        </li>
        <li>
          <a href={locationsPath} className="inline-block py-1 text-link">
            {message(language, 'exampleData.locationsLink', { locationData: locationData(exampleLocations) })}
          </a>
        </li>
      </ul>
      <PageReview reviews={reviews} source={source} listChecked={checked} language={language} />
      <TherapistCallout language={language} />
    </article>
  );
}
