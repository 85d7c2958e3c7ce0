import type { Language } from '@/lib/i18n/language';
import { message } from '@/lib/i18n/messages';
import type { SourceArticle } from '@/lib/content/source-article';
import type { StateAnswer } from '@/lib/content/state-answers';
import { SECTION_HEADING_CLASS } from '@/lib/content/markdown';
import { pageId, stateLetterId } from '@/lib/i18n/page-ids';
import { PAGE_IDS } from '@/lib/routes/page-ids';
import { DEFAULT_LANGUAGE } from '@/lib/i18n/languages';
import { locationData, stateListChecked, stateListSource, stateStatus } from '@/lib/site/phrases';
import { statesByLetter } from '@/lib/site/state-pages';
import { statePagePath } from '@/lib/routes/state-paths';
import { FormerId } from './former-id';
import { ExampleDataNotice } from './example-data-notice';
import { SectionLink } from './section-link';

export interface StateDirectoryProps {
  /** One answer per state and DC (lib/content/state-answers). */
  readonly answers: readonly StateAnswer[];
  readonly language: Language;
  readonly source: SourceArticle;
  /** The day a person checked the list, when an editor has set one. */
  readonly checked?: string;
  /** True while the locations are the example data: the statuses depend on them. */
  readonly exampleLocations: boolean;
  readonly availabilityPath: string;
  readonly locationsPath: string;
}

function Status({ answer, language }: { answer: StateAnswer; language: Language }) {
  const status = stateStatus(answer, language);
  return <span className="py-2">{answer.kind === 'not-available' ? <strong>{status}</strong> : status}</span>;
}

/**
 * Every state and DC, grouped by first letter with A–Z jump links, each linking to its own
 * page and saying in a few words which of the three cases it is in.
 */
export function StateDirectory({ answers, language, source, checked, exampleLocations, availabilityPath, locationsPath }: StateDirectoryProps) {
  const groups = statesByLetter(
    answers.map((answer) => ({ name: language.stateNames[answer.state.code], answer })),
    language,
  );
  return (
    <section aria-labelledby={pageId('stateTable', language)} className="mt-section">
      <FormerId id={PAGE_IDS.stateTable} current={pageId('stateTable', language)} />
      <div className={SECTION_HEADING_CLASS}>
        <h2 id={pageId('stateTable', language)} className="text-2xl font-bold">
          {message(language, 'stateList.heading')}
        </h2>
        <SectionLink id={pageId('stateTable', language)} label={message(language, 'sectionLink', { heading: message(language, 'stateList.heading') })} />
      </div>
      <p className="mt-2">{message(language, 'stateList.intro')}</p>
      <p className="mt-2">
        {stateListSource(source, language)}
        {checked ? ` ${stateListChecked(checked, language)}` : null}
      </p>
      {/* "Offered at 2 locations" and "Not known" depend on the locations: say they are examples first. */}
      {exampleLocations ? <ExampleDataNotice language={language} /> : null}
      <nav aria-label={message(language, 'stateList.lettersLabel')} className="mt-4 print:hidden">
        <ul className="flex flex-wrap gap-2">
          {groups.map(({ letter }) => (
            <li key={letter}>
              <a
                href={`#${stateLetterId(letter, language)}`}
                className="inline-flex min-h-11 min-w-11 items-center justify-center border border-rule px-2 text-link"
              >
                <span className="sr-only">{message(language, 'stateList.statesStartingWith')} </span>
                {letter}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(({ letter, states }) => (
        <div key={letter}>
          <FormerId id={stateLetterId(letter, DEFAULT_LANGUAGE)} current={stateLetterId(letter, language)} />
          <h3 id={stateLetterId(letter, language)} className="mt-6 border-b-2 border-ink pb-1 text-xl font-bold">
            <span className="sr-only">{message(language, 'stateList.statesStartingWith')} </span>
            {letter}
          </h3>
          <ul>
            {states.map(({ name, answer }) => (
              <li key={answer.state.code} className="flex flex-wrap items-baseline justify-between gap-x-4 border-b border-rule">
                <a href={statePagePath(availabilityPath, name)} className="inline-block py-2 text-link">
                  {name}
                </a>
                <Status answer={answer} language={language} />
              </li>
            ))}
          </ul>
        </div>
      ))}
      <p className="mt-6">
        <a href={locationsPath} className="inline-block py-1 text-link">
          {message(language, 'exampleData.locationsLink', { locationData: locationData(exampleLocations) })}
        </a>
      </p>
    </section>
  );
}
