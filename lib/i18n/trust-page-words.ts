import type { EditorialRules } from './editorial-rules';

/** What every one of the three pages has: its title and summary, and the words before its sections. */
interface PageIntro {
  readonly title: string;
  /** The summary for search results and link previews. */
  readonly description: string;
  readonly intro: string;
}

/**
 * The words of the pages that say who runs the site, how it treats a reader's privacy and how
 * accessible it is: one object of this shape per language, in lib/i18n/languages/, kept out of
 * en.ts and es.ts so those stay short enough to read. Every sentence must stay true of the
 * site: the privacy sentences of lib/hosting/security-headers.ts and the browser tests, the
 * accessibility sentences of tests/browser/.
 */
export interface TrustPageWords {
  readonly about: PageIntro & {
    readonly publisherHeading: string;
    readonly publisher: string;
    readonly sourceHeading: string;
    /** The clinic's article, by its title and date (a formatted date). */
    readonly source: (title: string, date: string) => string;
    readonly nothingAdded: string;
    readonly writingHeading: string;
    /** The reading-level rule and review cycle of lib/content/editorial-standards, in words. */
    readonly writing: (rules: EditorialRules) => string;
    /** Who checks the pages, and how a review is bound to the words it covered. */
    readonly reviewsHeading: string;
    /** The review cycle of lib/content/editorial-standards, in words. */
    readonly reviewProcess: (rules: EditorialRules) => string;
    /** Before the list of reviewers. */
    readonly reviewersIntro: string;
    /** One reviewer: name, credentials and what they check. */
    readonly reviewer: (name: string, credentials: string, role: 'clinical' | 'translation') => string;
    /** When content/reviewers.yaml names no one. */
    readonly noReviewers: string;
    readonly translationsHeading: string;
    /** Only while a language's pages are unreviewed; the languages' names in a list ("Spanish"). */
    readonly translations: (languages: string) => string;
    readonly mistakeHeading: string;
  };
  readonly accessibility: PageIntro & {
    readonly standardHeading: string;
    readonly standard: string;
    readonly testingHeading: string;
    readonly testingIntro: string;
    /** What the browser tests check on every page, each ending the intro's sentence. */
    readonly tests: readonly string[];
    /** What they check on one topic page only. */
    readonly testingMore: string;
    readonly limitsHeading: string;
    readonly automaticLimit: string;
    readonly unreviewedTranslations: (languages: string) => string;
    readonly reportHeading: string;
  };
  readonly privacy: PageIntro & {
    readonly notDoneHeading: string;
    readonly notDone: readonly string[];
    readonly keptHeading: string;
    readonly serverLogs: string;
    readonly email: string;
    readonly testedHeading: string;
    readonly tested: string;
  };
  /** How to report a problem, around the address (the email link) on the pages above. */
  readonly report: {
    readonly before: string;
    readonly after: string;
    /** Points at the link at the bottom of every page, named by its label. */
    readonly footerLink: (label: string) => string;
  };
}
