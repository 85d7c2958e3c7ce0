import type { StateAnswer, StateAnswerKind } from '@/lib/content/state-answers';
import { message } from '@/lib/i18n/messages';
import type { Language } from '@/lib/i18n/language';
import { MAILTO_MAX_LENGTH, type EmailMessage } from '@/lib/content/mailto';
import { pageEmailLink, pageEmailMessage } from '@/lib/content/page-email';
import { stateDescriptionOf } from './phrases';
import { absoluteUrl } from '@/lib/routes/site-url';
import type { PageOfKind, SitePage } from './site-pages';
import { stateInSentence } from './state-pages';

/*
 * The ready-to-send emails on the staff page. A message is the greeting, the page's title and
 * its description (already checked content: an article's front matter, or the state page's
 * summary from lib/site/phrases), the page's address and "ask your physical therapist", in the
 * page's language: it adds nothing medical of its own.
 */

/** One email about one page, in that page's language. */
export interface Email extends EmailMessage {
  readonly language: Language;
  /** The mailto: link that opens it in an email app, with no recipient. */
  readonly href: string;
}

type EmailedPage = Pick<SitePage, 'title' | 'description' | 'path' | 'language'>;

/** The email about a page, from the clinic named, with its mailto: link; a link too long for some email apps fails the build. */
export function pageEmail(page: EmailedPage, clinic: string): Email {
  const message = pageEmailMessage(page.language, clinic, page.title, page.description, absoluteUrl(page.path));
  // The content check reports an article's email that is too long at its title; this stops a build that skipped it.
  const { href, excess } = pageEmailLink(message);
  if (excess > 0) {
    throw new Error(
      `The staff page's email about ${page.path} makes a link of ${href.length} characters, and some email apps cut links of ${MAILTO_MAX_LENGTH} characters or more. Shorten the page's title or description.`,
    );
  }
  return { ...message, language: page.language, href };
}

/** One topic's emails: in the staff page's language first, then in every other language the topic is published in. */
export interface TopicEmails {
  readonly page: PageOfKind<'article'>;
  readonly emails: readonly Email[];
}

/** Every topic of a language, in reading order, with its emails. */
export function topicEmails(pages: readonly SitePage[], language: Language, clinic: string): TopicEmails[] {
  const articlePages = pages.filter((page): page is PageOfKind<'article'> => page.kind === 'article');
  return articlePages
    .filter((page) => page.language === language)
    .map((page) => {
      const twins = page.translations
        .filter((twin) => twin.language !== language)
        .flatMap((twin) => articlePages.filter((other) => other.path === twin.path));
      return { page, emails: [page, ...twins].map((emailed) => pageEmail(emailed, clinic)) };
    });
}

export interface StateEmail {
  /** The state's name as the list of states writes it: "District of Columbia". */
  readonly name: string;
  /** The name inside a sentence, for the email link: "the District of Columbia". */
  readonly inSentence: string;
  readonly address: string;
  /** The clinic's locations there that offer dry needling: the count in the offered group's template. */
  readonly locations: number;
  readonly email: Email;
}

/** The states in one of the three cases of lib/content/state-answers, with the email they share, its blanks unfilled. */
export interface StateEmailGroup {
  readonly kind: StateAnswerKind;
  readonly heading: string;
  readonly template: EmailMessage;
  readonly states: readonly StateEmail[];
}

/** The groups in the order a reader asks: where it is not available, where it is offered, then the rest. */
const GROUP_ORDER: readonly StateAnswerKind[] = ['not-available', 'offered-at-locations', 'not-stated'];

function groupHeading(kind: StateAnswerKind, language: Language): string {
  switch (kind) {
    case 'not-available':
      return message(language, 'staffEmails.states.notAvailable');
    case 'offered-at-locations':
      return message(language, 'staffEmails.states.offeredAtLocations');
    case 'not-stated':
      return message(language, 'staffEmails.states.notStated');
  }
}

export interface StateFacts {
  readonly notAvailableCount: number;
  readonly exampleLocations: boolean;
  /** The clinic that publishes the site, which every email names. */
  readonly clinic: string;
}

/**
 * The state pages of a language, grouped by case, each state with its address and its email
 * (the state page's own title and description). A group with no state is left out.
 */
export function stateEmailGroups(pages: readonly SitePage[], answers: readonly StateAnswer[], language: Language, facts: StateFacts): StateEmailGroup[] {
  const statePages = pages.filter((page): page is PageOfKind<'state'> => page.kind === 'state' && page.language === language);
  const blankState = message(language, 'staffEmails.states.blankState');
  const blankAddress = message(language, 'staffEmails.states.blankAddress');
  return GROUP_ORDER.map((kind) => {
    const states = answers
      .filter((answer) => answer.kind === kind)
      .flatMap((answer): StateEmail[] =>
        statePages
          .filter((page) => page.state.code === answer.state.code)
          .map((page) => ({
            name: language.stateNames[answer.state.code],
            inSentence: stateInSentence(answer.state.code, language),
            address: absoluteUrl(page.path),
            locations: answer.kind === 'offered-at-locations' ? answer.locations.length : 0,
            email: pageEmail(page, facts.clinic),
          })),
      )
      .sort((a, b) => a.name.localeCompare(b.name, language.locale));
    const description = stateDescriptionOf(kind, { state: blankState, stateAtSentenceStart: blankState }, facts.notAvailableCount, facts.exampleLocations, language);
    const template = pageEmailMessage(language, facts.clinic, message(language, 'statePage.title', { state: blankState }), description, blankAddress);
    return { kind, heading: groupHeading(kind, language), template, states };
  }).filter((group) => group.states.length > 0);
}
