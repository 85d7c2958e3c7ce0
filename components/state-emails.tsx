import type { Language } from '@/lib/i18n/language';
import { message } from '@/lib/i18n/messages';
import { pageId } from '@/lib/i18n/page-ids';
import { PAGE_IDS } from '@/lib/routes/page-ids';
import type { StateEmailGroup } from '@/lib/site/staff-emails';
import { FormerId } from './former-id';
import { EmailText } from './email-text';
import { ExampleDataNotice } from './example-data-notice';

export interface StateEmailsProps {
  readonly groups: readonly StateEmailGroup[];
  readonly language: Language;
  /** True while the locations are the example data: the groups depend on them. */
  readonly exampleLocations: boolean;
}

/**
 * Every state page, grouped by what it says (the three cases of lib/content/state-answers):
 * each group's email once as text, with its blanks, then one line per state with its address
 * and a link that opens its own email, filled in.
 */
export function StateEmails({ groups, language, exampleLocations }: StateEmailsProps) {
  return (
    <section aria-labelledby={pageId('stateEmails', language)} className="mt-section">
      <FormerId id={PAGE_IDS.stateEmails} current={pageId('stateEmails', language)} />
      <h2 id={pageId('stateEmails', language)} className="text-2xl font-bold">
        {message(language, 'staffEmails.states.heading')}
      </h2>
      <p className="mt-2">{message(language, 'staffEmails.states.intro')}</p>
      {exampleLocations ? <ExampleDataNotice language={language} /> : null}
      {groups.map((group) => (
        <div key={group.kind}>
          <h3 className="mt-6 text-xl font-bold">{group.heading}</h3>
          <p className="mt-2">{message(language, 'staffEmails.states.templateIntro')}</p>
          <EmailText email={group.template} language={language} />
          {/* Styled once in app/globals.css rather than on each of the page's hundreds of links and lines. */}
          <ul className="state-email-list mt-4">
            {group.states.map((state) => (
              <li key={state.address}>
                <div>
                  <b>{state.name}</b>
                  {/* The offered group's template has a blank for the count: the line gives it. */}
                  {group.kind === 'offered-at-locations' ? <span>{message(language, 'stateList.offeredAt', { locations: state.locations })}</span> : null}
                  <a href={state.email.href}>{message(language, 'staffEmails.states.emailAbout', { state: state.inSentence })}</a>
                </div>
                <a href={state.address}>{state.address}</a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
