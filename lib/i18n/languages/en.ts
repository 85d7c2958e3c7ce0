import type { Language } from '../language';
import { US_STATES } from '../us-states';
import { englishTrustPages } from './en-trust-pages';

/** "the District of Columbia" → "The District of Columbia", for the start of a sentence. */
function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function count(amount: number, one: string, many: string): string {
  return amount === 1 ? `1 ${one}` : `${amount} ${many}`;
}

export const english: Language = {
  code: 'en',
  locale: 'en-US',
  ogLocale: 'en_US',
  name: 'English',
  dir: 'ltr',
  stateNames: US_STATES,
  stateInSentence: (code, name) => (code === 'DC' ? `the ${name}` : name),
  routes: { locations: 'locations', staffLinks: 'links-for-staff', guide: 'guide', about: 'about', accessibility: 'accessibility', privacy: 'privacy' },
  // The original: nothing to review as a translation.
  translationReviewed: true,
  words: {
    site: {
      name: 'Dry needling in physical therapy',
      description:
        'Plain-language information for patients about dry needling in physical therapy: what it is, what happens at a visit, and whether it is right for you.',
    },
    therapyName: 'Dry needling',
    skipLink: 'Skip to main content',
    navigation: { label: 'Primary', allTopics: 'All topics', locations: 'Clinic locations' },
    languageSwitch: { label: 'Language', intro: 'This page in:' },
    translationNotice: {
      text: 'This page is a translation that a qualified human translator has not yet reviewed.',
      original: 'Read the page in the language it was written in',
    },
    breadcrumbs: { label: 'Breadcrumb', home: 'Home' },
    sectionLink: (heading) => `Link to section: ${heading}`,
    home: {
      lead: 'Dry needling is a treatment that uses a thin needle with no medicine in it. Physical therapists use it to treat pain and areas of the body that are not working well after an injury or overuse.',
      intro:
        'These pages explain in plain words what dry needling is, what happens at a visit, and how you and your physical therapist decide if it is right for you.',
      topicsHeading: 'Topics',
      topicsIntro: 'Read them in this order, or go straight to the one you need.',
    },
    pager: { label: 'Previous and next topic', previous: 'Previous topic', next: 'Next topic' },
    review: {
      reviewedBy: (name, credentials, date) => `Reviewed by ${name}, ${credentials}, on ${date}.`,
      translationReviewedBy: (name, credentials, date) => `Translation reviewed by ${name}, ${credentials}, on ${date}.`,
      exampleReviewer: 'This name is an example, not a real person: the clinic has not named its reviewers yet.',
      notReviewed:
        "No named reviewer has checked this page against the clinic's article yet. If something here matters for your care, ask your physical therapist.",
    },
    therapistCallout: {
      heading: 'Talk to your physical therapist',
      text: 'Everyone is different. Your physical therapist will look at your health and goals. They will answer your questions. They will help you decide if dry needling is right for you.',
    },
    disclaimer:
      'This website gives general information. It is not medical advice. Talk with your physical therapist or doctor about your own health.',
    footer: {
      heading: 'About this information',
      about: ({ readingGradeLimit }) =>
        `The topic pages are written in plain language from the clinic's own article, never above a US school reading level of grade ${readingGradeLimit}. Each page says who checked it against that article, or that no one has yet.`,
      aboutLink: 'How these pages are written and checked',
      accessibility: 'Accessibility statement',
      privacy: 'Privacy',
      reportProblem: 'Report a problem with this page',
      staffLinks: 'Links for staff',
      staffLinksHint: 'The address of every topic page and its sections, to copy into an email.',
    },
    problemReport: {
      subject: (pageAddress) => `Problem with the page ${pageAddress}`,
      notFoundSubject: (siteAddress) => `Page not found on ${siteAddress}`,
      notFoundBody: 'The address I tried to open: ',
    },
    trustPages: englishTrustPages,
    movedPage: {
      title: (target) => `Moved: ${target}`,
      heading: 'This page has moved',
      before: 'It is now at',
      after: '. If you saved or shared the old address, use this one from now on.',
    },
    notFound: {
      title: 'Page not found',
      typed: 'If you typed the web address, check it is correct.',
      pasted: 'If you pasted the web address, check you copied the entire address.',
      allTopics: 'See all topics about dry needling',
    },
    availability: {
      notAvailable: (states) =>
        states === undefined
          ? "The clinic's article does not name any state where dry needling is not available."
          : `The clinic's article says dry needling is not available in ${states}.`,
      checkYourState: 'Check if dry needling is offered in your state',
    },
    stateList: {
      heading: 'Dry needling by state',
      intro: 'Choose your state to see what we know about dry needling there and what to do next.',
      lettersLabel: 'States by first letter',
      statesStartingWith: 'States starting with',
      notAvailable: 'Not available',
      offeredAt: (locations) => `Offered at ${count(locations, 'location', 'locations')}`,
      notKnown: 'Not known',
      source: (date) => `The states where dry needling is not available come from the clinic's article of ${date}.`,
      checked: (date) => `A person at the clinic last checked this list on ${date}.`,
    },
    statePage: {
      title: (state) => `Dry needling in ${state}`,
      notAvailable: (state) => [`Dry needling is not available in ${state}.`, "The clinic's article says so."],
      noStateNamed: "The clinic's article does not name any state where dry needling is not available.",
      notNamed: (state, statesNamed) => [
        `The clinic's article names ${count(statesNamed, 'state', 'states')} where dry needling is not available.`,
        `${capitalised(state)} is not one of them.`,
      ],
      offeredAt: (state, locations) =>
        locations === 1
          ? [`Dry needling is offered at one of the clinic's locations in ${state}.`, 'It is listed below.']
          : [`Dry needling is offered at ${locations} of the clinic's locations in ${state}.`, 'They are listed below.'],
      noLocation: (state) => `The clinic has no location in ${state} that offers dry needling.`,
      nextStepsHeading: 'What to do next',
      nextStepsNotAvailable:
        'Talk to your physical therapist about other treatments. Dry needling is one part of a plan of care. It is used alongside other therapies.',
      nextStepsOffered: 'Call a location below to ask about dry needling. Your physical therapist will help you decide if it is right for you.',
      nextStepsNotStated: (state) => `To find out if you can get it in ${state}, ask your physical therapist. Or call one of the clinic's locations.`,
      otherStatesListed: 'Locations in other states that offer it are listed below.',
      locationsInState: (state) => `Locations in ${state} that offer dry needling`,
      locationsElsewhere: 'Locations in other states that offer dry needling',
      everyState: 'See the list of every state',
      descriptionNotAvailable: (state) => `The clinic's article says dry needling is not available in ${state}. See what to do instead.`,
      // A search result must not pass made-up clinics off as real ones.
      descriptionOfferedAt: (state, locations, example) =>
        `Dry needling is offered at ${locations} ${example ? "of the clinic's example locations" : "of the clinic's locations"} in ${state}. See where they are and what to do next.`,
      descriptionFindOut: 'See how to find out if you can get it there.',
    },
    basedOn: (title, date) => `This page is based on the clinic's article "${title}" of ${date}.`,
    exampleData: {
      lead: 'The clinic locations on this page are example data.',
      rest: 'They are not real clinics: the names, addresses and phone numbers are made up.',
      locationsLink: (example) => (example ? "See the clinic's locations (example data, not real clinics)" : "See all of the clinic's locations"),
    },
    locations: {
      title: 'Clinic locations',
      description: "The clinic's locations by state, with each address, phone number and whether the location offers dry needling.",
      intro: "The clinic's locations by state, with the address, the phone number and whether each location offers dry needling.",
      notEveryState: 'Dry needling is not available in every state.',
      phone: 'Phone:',
      offersLabel: 'Dry needling',
      offered: 'Offered at this location',
      notOffered: 'Not offered at this location',
    },
    guide: {
      title: 'Printable guide',
      description: 'Every topic about dry needling on one page, made to print and give to patients. Each topic starts on a new sheet of paper.',
      intro: 'This page has every topic of this website, in reading order. It is made for printing: print it from your web browser. Each topic starts on a new sheet of paper.',
      codesIntro: 'Each topic has a code you can scan with a phone camera. It opens the topic on the website. The web address is under the code.',
      contentsHeading: 'In this guide',
      codeCaption: 'Scan the code to open this topic on the website, or type:',
      stateListOnline: "The list of every state is on this topic's page on the website. Scan the code for this topic, or type its web address.",
      homeLink: 'Print every topic as one guide',
      staffIntro: 'To give a patient the topics on paper, print this guide. Each topic has a code that opens its page on the website.',
      staffLink: 'Printable guide with every topic',
    },
    staffLinks: {
      title: 'Links for staff',
      description: 'The web address of every topic page and each of its sections, ready to copy into an email to a patient.',
      intro:
        'The full web address of every topic page and each of its sections. Copy one into an email: it opens the page, or goes straight to that section.',
      wholePage: 'Whole page',
      section: (heading) => `Section: ${heading}`,
    },
    staffEmails: {
      intro:
        "Under each topic is an email to send to a patient. Copy it, or open it in your email app and add the patient's email address. Emails about each state are at the end of this page.",
      heading: 'Email to send',
      inLanguage: 'This email in:',
      subjectLabel: 'Subject:',
      bodyLabel: 'Message:',
      open: 'Open in your email app',
      message: {
        greeting: 'Hello,',
        lead: 'Here is a page from our clinic:',
        closing: 'If you have questions, ask your physical therapist.',
      },
      states: {
        heading: 'Emails about each state',
        intro: 'Each state has its own page. The states are in three groups, by what their page says.',
        notAvailable: "Not available: the clinic's article says so",
        offeredAtLocations: "Offered at the clinic's locations",
        notStated: "Not stated in the clinic's article",
        templateIntro:
          "The email for these states. Copy it and fill in the words in square brackets from the state's line below, or use the state's email link.",
        blankState: '[state]',
        blankAddress: '[address]',
        blankCount: '[number]',
        emailAbout: (state) => `Email about ${state}`,
      },
    },
  },
};
