import type { EditorialRules } from './editorial-rules';
import type { TrustPageWords } from './trust-page-words';

/**
 * Every word a page shows that does not come from content/: one object of this shape per
 * language (lib/i18n/languages/). Components take their words from here and never write a
 * phrase of their own, so a page in Spanish has no English on it. Phrases with a value in
 * them are functions, so each language puts the value where its grammar wants it.
 */
export interface Words {
  readonly site: {
    readonly name: string;
    readonly description: string;
  };
  /** The treatment's name for search engines: "Dry needling". */
  readonly therapyName: string;
  readonly skipLink: string;
  readonly navigation: {
    readonly label: string;
    readonly allTopics: string;
    readonly locations: string;
  };
  readonly languageSwitch: {
    /** The landmark's name, for screen readers. */
    readonly label: string;
    /** Visible before the links: "This page in:". */
    readonly intro: string;
  };
  /** On a translated page no qualified translator has reviewed yet, before anything else in main. */
  readonly translationNotice: {
    readonly text: string;
    /** The link to the same page in English. */
    readonly original: string;
  };
  readonly breadcrumbs: {
    readonly label: string;
    readonly home: string;
  };
  readonly sectionLink: (heading: string) => string;
  readonly home: {
    readonly lead: string;
    readonly intro: string;
    readonly topicsHeading: string;
    readonly topicsIntro: string;
  };
  readonly pager: {
    readonly label: string;
    readonly previous: string;
    readonly next: string;
  };
  /** Who checked the page, beside where its facts come from: only a review that covers the page's words as they are. */
  readonly review: {
    /** A clinical reviewer's name, credentials and the formatted date of their review. */
    readonly reviewedBy: (name: string, credentials: string, date: string) => string;
    /** On a translated page, the translator who checked it against its English page. */
    readonly translationReviewedBy: (name: string, credentials: string, date: string) => string;
    /** After a name from the example reviewers the site ships with. */
    readonly exampleReviewer: string;
    /** When no review covers the page's words as they are now. */
    readonly notReviewed: string;
  };
  readonly therapistCallout: {
    readonly heading: string;
    readonly text: string;
  };
  readonly disclaimer: string;
  readonly footer: {
    readonly heading: string;
    /** How the pages are written and reviewed, in short; the about page says it in full. */
    readonly about: (rules: EditorialRules) => string;
    /** The link to the about page, after that sentence. */
    readonly aboutLink: string;
    readonly accessibility: string;
    readonly privacy: string;
    readonly reportProblem: string;
    readonly staffLinks: string;
    readonly staffLinksHint: string;
  };
  /** The email the footer's "Report a problem" link starts. */
  readonly problemReport: {
    /** Names the page by its full address. */
    readonly subject: (pageAddress: string) => string;
    /** On a not-found page, which is served for every missing address: names the site. */
    readonly notFoundSubject: (siteAddress: string) => string;
    /** Starts the email on a not-found page, so the reader says which address they tried. */
    readonly notFoundBody: string;
  };
  /** The about, accessibility and privacy pages. */
  readonly trustPages: TrustPageWords;
  readonly movedPage: {
    readonly title: (target: string) => string;
    readonly heading: string;
    readonly before: string;
    readonly after: string;
  };
  readonly notFound: {
    readonly title: string;
    readonly typed: string;
    readonly pasted: string;
    readonly allTopics: string;
  };
  /** The compact notice on the home page and every topic page. */
  readonly availability: {
    /** What the clinic's article says about states; the list of state names, or undefined when it names none. */
    readonly notAvailable: (states: string | undefined) => string;
    readonly checkYourState: string;
  };
  /** The list of every state, on the page about where dry needling is offered. */
  readonly stateList: {
    readonly heading: string;
    readonly intro: string;
    readonly lettersLabel: string;
    /** Before each letter, for screen readers: "States starting with". */
    readonly statesStartingWith: string;
    readonly notAvailable: string;
    readonly offeredAt: (locations: number) => string;
    readonly notKnown: string;
    /** Where the states come from, dated by the clinic's article (a formatted date). */
    readonly source: (date: string) => string;
    /** Only when an editor has set the day a person checked the list. */
    readonly checked: (date: string) => string;
  };
  /** One state's page, in the three cases of lib/content/state-answers. */
  readonly statePage: {
    readonly title: (state: string) => string;
    readonly notAvailable: (state: string) => readonly string[];
    readonly noStateNamed: string;
    readonly notNamed: (state: string, statesNamed: number) => readonly string[];
    readonly offeredAt: (state: string, locations: number) => readonly string[];
    readonly noLocation: (state: string) => string;
    readonly nextStepsHeading: string;
    readonly nextStepsNotAvailable: string;
    readonly nextStepsOffered: string;
    readonly nextStepsNotStated: (state: string) => string;
    readonly otherStatesListed: string;
    readonly locationsInState: (state: string) => string;
    readonly locationsElsewhere: string;
    readonly everyState: string;
    /** The summary for search results and link previews. */
    readonly descriptionNotAvailable: (state: string) => string;
    /** `locations` is a count, or the blank for it in the staff emails' template ("[number]"). */
    readonly descriptionOfferedAt: (state: string, locations: number | string, example: boolean) => string;
    readonly descriptionFindOut: string;
  };
  /** The line on every topic and state page naming the clinic's article it is based on. */
  readonly basedOn: (title: string, date: string) => string;
  readonly exampleData: {
    readonly lead: string;
    readonly rest: string;
    /** The link to the locations page, saying while they are that they are examples. */
    readonly locationsLink: (example: boolean) => string;
  };
  readonly locations: {
    readonly title: string;
    readonly description: string;
    readonly intro: string;
    readonly notEveryState: string;
    readonly phone: string;
    /** A location's answer: a label and its value. */
    readonly offersLabel: string;
    readonly offered: string;
    readonly notOffered: string;
  };
  /** The printable guide: every topic on one page, made for paper. */
  readonly guide: {
    readonly title: string;
    readonly description: string;
    /** What the page is for, at its top. */
    readonly intro: string;
    /** How to use the codes beside each topic. */
    readonly codesIntro: string;
    readonly contentsHeading: string;
    /** Before the printed address under a topic's code. */
    readonly codeCaption: string;
    /** On the topic whose page lists every state: the guide leaves the list out and says where it is. */
    readonly stateListOnline: string;
    /** The link to the guide from the home page. */
    readonly homeLink: string;
    /** Before the link to the guide on the staff page. */
    readonly staffIntro: string;
    readonly staffLink: string;
  };
  readonly staffLinks: {
    readonly title: string;
    readonly description: string;
    readonly intro: string;
    readonly wholePage: string;
    readonly section: (heading: string) => string;
  };
  /**
   * The ready-to-send emails on the staff page. A message says only this: the greeting, the
   * page's title and description, its address and the closing; nothing medical of its own.
   */
  readonly staffEmails: {
    readonly intro: string;
    /** Over the email under each topic. */
    readonly heading: string;
    /** Over the same email in another language, before that language's name: "This email in:". */
    readonly inLanguage: string;
    readonly subjectLabel: string;
    readonly bodyLabel: string;
    /** The link that opens the email client; screen readers hear the page's title after it. */
    readonly open: string;
    readonly message: {
      readonly greeting: string;
      readonly lead: string;
      readonly closing: string;
    };
    readonly states: {
      readonly heading: string;
      readonly intro: string;
      /** One heading per case of lib/content/state-answers. */
      readonly notAvailable: string;
      readonly offeredAtLocations: string;
      readonly notStated: string;
      readonly templateIntro: string;
      /** The blanks in a group's template, filled in from each state's line. */
      readonly blankState: string;
      readonly blankAddress: string;
      readonly blankCount: string;
      readonly emailAbout: (state: string) => string;
    };
  };
}
