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
  readonly reviewDates: {
    readonly lastReviewed: string;
    readonly nextReview: string;
  };
  readonly therapistCallout: {
    readonly heading: string;
    readonly text: string;
  };
  readonly disclaimer: string;
  readonly footer: {
    readonly heading: string;
    readonly about: (rule: { target: number; limit: number; reviewCycleYears: number }) => string;
    readonly staffLinks: string;
    readonly staffLinksHint: string;
  };
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
  readonly statePage: {
    readonly title: (state: string) => string;
    readonly description: (state: string, available: boolean) => string;
  };
  readonly locations: {
    readonly title: string;
    readonly description: string;
  };
  readonly staffLinks: {
    readonly title: string;
    readonly description: string;
    readonly intro: string;
    readonly wholePage: string;
    readonly section: (heading: string) => string;
  };
}
