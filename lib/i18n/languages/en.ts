import type { Language } from '../language';
import { US_STATES } from '../us-states';

export const english: Language = {
  code: 'en',
  locale: 'en-US',
  ogLocale: 'en_US',
  name: 'English',
  dir: 'ltr',
  stateNames: US_STATES,
  stateInSentence: (code, name) => (code === 'DC' ? `the ${name}` : name),
  routes: { locations: 'locations', staffLinks: 'links-for-staff' },
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
    reviewDates: { lastReviewed: 'Page last reviewed:', nextReview: 'Next review due:' },
    therapistCallout: {
      heading: 'Talk to your physical therapist',
      text: 'Everyone is different. Your physical therapist will look at your health and goals. They will answer your questions. They will help you decide if dry needling is right for you.',
    },
    disclaimer:
      'This website gives general information. It is not medical advice. Talk with your physical therapist or doctor about your own health.',
    footer: {
      heading: 'About this information',
      about: ({ target, limit, reviewCycleYears }) =>
        `The topic pages are written in plain language from the clinic's own article about dry needling in physical therapy, for a US school reading level of grade ${target} to ${limit}. Each topic page is checked against that article again within ${reviewCycleYears === 1 ? 'one year' : `${reviewCycleYears} years`} of its last review, and shows when it was last reviewed and when its next review is due.`,
      staffLinks: 'Links for staff',
      staffLinksHint: 'The address of every topic page and its sections, to copy into an email.',
    },
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
    statePage: {
      title: (state) => `Dry needling in ${state}`,
      description: (state, available) =>
        available
          ? `Dry needling is offered in ${state}. See which of the clinic's locations offer it, and what to do next.`
          : `Dry needling is not offered in ${state}. See what to do instead, and which locations in other states offer it.`,
    },
    locations: {
      title: 'Clinic locations',
      description: "The clinic's locations by state, with each address, phone number and whether the location offers dry needling.",
    },
    staffLinks: {
      title: 'Links for staff',
      description: 'The web address of every topic page and each of its sections, ready to copy into an email to a patient.',
      intro:
        'The full web address of every topic page and each of its sections. Copy one into an email: it opens the page, or goes straight to that section.',
      wholePage: 'Whole page',
      section: (heading) => `Section: ${heading}`,
    },
  },
};
