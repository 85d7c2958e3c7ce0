import { describe, expect, it } from 'vitest';
import { loadAvailability, statesNotAvailable } from '@/lib/content/availability';
import { loadLocations } from '@/lib/content/locations';
import { answersByState } from '@/lib/content/state-answers';
import { english, spanish } from '@/lib/i18n/languages';
import { MAILTO_MAX_LENGTH } from '@/lib/content/mailto';
import { site } from '@/lib/routes/site-url';
import { findSitePage, loadSitePages } from '@/lib/site/site-pages';
import { pageEmail, stateEmailGroups, topicEmails, type Email } from '@/lib/site/staff-emails';
import { contentFixture } from '@/tests/fixtures/content-fixture';

const fixture = contentFixture('translations');
const pages = await loadSitePages(fixture, [english, spanish]);
const availability = await loadAvailability(fixture);
const { example, locations } = await loadLocations(fixture);
const answers = answersByState(availability, locations);
/** content/clinic.yaml's name, which every email gives. */
const RIVERBEND = 'Riverbend Physical Therapy';
const facts = { notAvailableCount: statesNotAvailable(availability).length, exampleLocations: example, clinic: RIVERBEND };

/** What an email app fills in from the link. */
function decoded(email: Email) {
  const url = new URL(email.href);
  return { subject: decodeURIComponent(url.search.match(/subject=([^&]*)/)?.[1] ?? ''), body: decodeURIComponent(url.search.match(/body=([^&]*)/)?.[1] ?? '') };
}

describe('the email about a topic', () => {
  it('says hello, gives the title, the description and the address, and sends questions to the physical therapist: nothing else', () => {
    const email = pageEmail(findSitePage(pages, '/what-is-dry-needling/'), RIVERBEND);
    expect(email.subject).toBe('What is dry needling?');
    expect(email.body).toBe(
      [
        'Hello,',
        '',
        'Here is a page from Riverbend Physical Therapy:',
        '',
        'What is dry needling?',
        'Dry needling is a treatment your physical therapist may use. A thin needle goes into a tight muscle to ease pain.',
        '',
        `${site.url}/what-is-dry-needling/`,
        '',
        'If you have questions, ask your physical therapist.',
      ].join('\n'),
    );
  });

  it('is in Spanish, with usted, for a Spanish page', () => {
    const email = pageEmail(findSitePage(pages, '/es/que-es-la-puncion-seca/'), RIVERBEND);
    expect(email.subject).toBe('¿Qué es la punción seca?');
    expect(email.body).toBe(
      [
        'Hola:',
        '',
        'Le enviamos una página de Riverbend Physical Therapy:',
        '',
        '¿Qué es la punción seca?',
        'La punción seca es un tratamiento que su fisioterapeuta puede usar. Una aguja fina entra en un músculo tenso.',
        '',
        `${site.url}/es/que-es-la-puncion-seca/`,
        '',
        'Si tiene dudas, pregunte a su fisioterapeuta.',
      ].join('\n'),
    );
  });

  it('opens in an email app with exactly its subject and body, line breaks as CRLF', () => {
    const email = pageEmail(findSitePage(pages, '/es/que-es-la-puncion-seca/'), RIVERBEND);
    expect(decoded(email)).toEqual({ subject: email.subject, body: email.body.replaceAll('\n', '\r\n') });
  });

  it('refuses a page whose email link would be too long for some email apps, naming the page and the fix', () => {
    const page = findSitePage(pages, '/what-is-dry-needling/');
    expect(() => pageEmail({ ...page, description: 'ñ'.repeat(400) }, RIVERBEND)).toThrow(
      /^The staff page's email about \/what-is-dry-needling\/ makes a link of \d+ characters, and some email apps cut links of 2000 characters or more\. Shorten the page's title or description\.$/,
    );
  });
});

describe('the emails of every topic', () => {
  it('lists the topics of the language in reading order, each in that language first, then in the other', () => {
    const topics = topicEmails(pages, english, RIVERBEND);
    expect(topics.map((topic) => topic.page.path)).toEqual(['/what-is-dry-needling/', '/after-effects/', '/availability/']);
    expect(topics[0]?.emails.map((email) => [email.language.code, email.subject])).toEqual([
      ['en', 'What is dry needling?'],
      ['es', '¿Qué es la punción seca?'],
    ]);
  });

  it('gives the Spanish staff page the Spanish email first, then the English one', () => {
    const [first] = topicEmails(pages, spanish, RIVERBEND);
    expect(first?.emails.map((email) => [email.language.code, email.subject])).toEqual([
      ['es', '¿Qué es la punción seca?'],
      ['en', 'What is dry needling?'],
    ]);
  });
});

describe('the emails about the states', () => {
  const groups = stateEmailGroups(pages, answers, english, facts);
  const group = (kind: string) => groups.find((candidate) => candidate.kind === kind);

  it('groups every state and DC by what its page says: not available, offered at locations, not stated', () => {
    expect(groups.map((candidate) => [candidate.heading, candidate.states.length])).toEqual([
      ["Not available: the clinic's article says so", 3],
      ["Offered at the clinic's locations", 2],
      ["Not stated in the clinic's article", 46],
    ]);
    expect(group('not-available')?.states.map((state) => state.name)).toEqual(['California', 'Hawaii', 'New York']);
  });

  it("gives each state its page's own title and description, and its address", () => {
    const texas = group('offered-at-locations')?.states.find((state) => state.name === 'Texas');
    const page = findSitePage(pages, '/availability/texas/');
    expect(texas?.address).toBe(`${site.url}/availability/texas/`);
    expect(texas?.email).toEqual(pageEmail(page, RIVERBEND));
    expect(texas?.email.body).toContain("\nDry needling is offered in Texas, in the clinic's example data (not real clinics). See where and what to do next.\n");
  });

  it("gives each group's template with blanks that, filled in from a state's line, make that state's email word for word", () => {
    for (const { template, states } of groups) {
      // A sentence that starts with DC's name capitalises its "the": the template's "[state]" cannot show that.
      for (const state of states.filter((candidate) => candidate.name !== 'District of Columbia')) {
        const fill = (text: string) =>
          text.replaceAll('[state]', state.inSentence).replaceAll('[address]', state.address).replaceAll('[number]', String(state.locations));
        expect({ subject: fill(template.subject), body: fill(template.body) }, state.name).toEqual({ subject: state.email.subject, body: state.email.body });
      }
    }
    expect(group('not-available')?.template.body).toContain("The clinic's article says dry needling is not available in [state].");
  });

  it('words the groups, templates and emails in Spanish on the Spanish staff page, in Spanish order', () => {
    const spanishGroups = stateEmailGroups(pages, answers, spanish, facts);
    expect(spanishGroups.map((candidate) => candidate.heading)).toEqual([
      'No disponible: así lo dice el artículo de la clínica',
      'Se ofrece en las ubicaciones de la clínica',
      'El artículo de la clínica no lo dice',
    ]);
    const names = spanishGroups[2]?.states.map((state) => state.name) ?? [];
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'es')));
    expect(spanishGroups[0]?.template.subject).toBe('La punción seca en [estado]');
    expect(spanishGroups[0]?.states.map((state) => state.email.subject)).toContain('La punción seca en Nueva York');
  });

  it('gives every topic and every state an email in both languages, each link under the length some email apps cut', () => {
    const emails = [english, spanish].flatMap((language) => [
      ...topicEmails(pages, language, RIVERBEND).flatMap((topic) => topic.emails),
      ...stateEmailGroups(pages, answers, language, facts).flatMap((candidate) => candidate.states.map((state) => state.email)),
    ]);
    expect(emails).toHaveLength(2 * (3 * 2 + 51));
    for (const email of emails) expect(email.href.length).toBeLessThan(MAILTO_MAX_LENGTH);
  });
});
