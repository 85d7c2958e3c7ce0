import type { TrustPageWords } from '../trust-page-words';

export const englishTrustPages: TrustPageWords = {
  about: {
    title: 'About this information',
    description: 'Who publishes these pages, the clinic article they come from, and how they are written and checked.',
    intro: 'This page says who publishes this website, where its facts come from, and how the pages are written and checked.',
    publisherHeading: 'Who publishes this website',
    publisher: 'The clinic publishes this website for its patients. It explains dry needling in physical therapy in plain words.',
    sourceHeading: 'Where the facts come from',
    source: (title, date) => `Every medical fact on these pages comes from the clinic's own article "${title}" of ${date}.`,
    nothingAdded:
      'The pages say what that article says, in plainer words. They add nothing medical to it. Where you need to know more, they ask you to talk to your physical therapist.',
    writingHeading: 'How the pages are written and checked',
    writing: ({ readingGradeTarget, readingGradeLimit }) =>
      `The topic pages are written in plain language from the clinic's own article about dry needling in physical therapy. They aim for a US school reading level of grade ${readingGradeTarget} or lower, and are never above grade ${readingGradeLimit}.`,
    reviewsHeading: 'Who checks the pages',
    reviewProcess: ({ reviewCycleYears }) =>
      `A physical therapist reads each page on a printed sheet, part by part, beside the passages of the clinic's article it comes from, ticks each part and signs the sheet. The page then shows their name and the date. If the words of the page change after that, the page stops showing the review until someone checks it again. A page is checked again within ${reviewCycleYears === 1 ? 'one year' : `${reviewCycleYears} years`}. Translations are checked the same way against the English page, by a qualified translator.`,
    reviewersIntro: 'The people who check the pages:',
    reviewer: (name, credentials, role) => `${name}, ${credentials}: ${role === 'clinical' ? "checks pages against the clinic's article" : 'checks translations'}.`,
    noReviewers: 'The clinic has not named its reviewers yet. Until it does, each page says that no named reviewer has checked it.',
    translationsHeading: 'Translations',
    translations: (languages) =>
      `The pages in ${languages} are translations of the English pages. A qualified translator has not yet reviewed them. Each one says so at the top, with a link to the English page.`,
    mistakeHeading: 'If you find a mistake',
  },
  accessibility: {
    title: 'Accessibility statement',
    description: 'How easy this website is to use, how it is tested, what does not work well yet, and how to tell us about a problem.',
    intro:
      'We want everyone to be able to use this website. That includes people who use a screen reader, a keyboard instead of a mouse, a small phone screen or large text.',
    standardHeading: 'The standard we aim for',
    standard:
      'This website aims to meet the Web Content Accessibility Guidelines (WCAG) version 2.2, at level AA. WCAG is the international standard for making websites that everyone can use.',
    testingHeading: 'How we test it',
    testingIntro: 'Automatic tests open every page of this website in Chromium, the open-source browser that Google Chrome is built on. On every page, they check that:',
    tests: [
      'axe, a tool that finds common accessibility problems, finds none of the WCAG 2.2 level A or AA problems it looks for, in light colors and in dark colors',
      'you can use the page with a keyboard only: the first press of the Tab key shows a link that skips to the main content, and you can always see where you are on the page',
      'the page fits a phone screen 320 pixels wide without scrolling sideways, and stays readable with text at 200 percent and with zoom at 200 percent',
      'the page shows the same words and links with JavaScript turned off, and every link works',
      'each link says where it goes, and the headings are in order',
      'the page prints without menus, and each printed link shows its full address',
    ],
    testingMore: 'They also check that a topic page follows your settings for less motion and for dark colors.',
    limitsHeading: 'What does not work well yet',
    automaticLimit: 'Automatic tests find many problems, but not all of them. If something on this website does not work for you, please tell us.',
    unreviewedTranslations: (languages) =>
      `The pages in ${languages} are a translation that a qualified translator has not yet reviewed. Some words may not be clear.`,
    reportHeading: 'Tell us about a problem',
  },
  privacy: {
    title: 'Privacy',
    description: 'What this website does and does not do with information about you: no cookies, no tracking, and nothing loaded from other websites.',
    intro: 'This website is for reading. It does not ask for your name or any other information, and it does not track what you read.',
    notDoneHeading: 'What this website does not do',
    notDone: [
      'It sets no cookies.',
      'It uses no analytics or other tools that track what you read.',
      'It loads nothing from other websites: no fonts, scripts, images or videos. Your browser gets every part of a page from this website only.',
      'It runs no JavaScript: the pages are plain web pages.',
      'When you follow a link from this website to another one, your browser does not tell the other website which page you came from.',
    ],
    keptHeading: 'What may be kept',
    serverLogs:
      'This website is on a web server run by whoever hosts it for the clinic. Like most web servers, it may keep a record of each visit: the time, the page address, your internet (IP) address and the name of your browser. These pages do not control that record.',
    email:
      'If you email us to report a problem, the clinic gets your email address and what you write. Please do not write about your health in the email.',
    testedHeading: 'How we check this',
    tested:
      'Automatic tests open every page of this website in Chromium, the open-source browser that Google Chrome is built on. They check that no page sets a cookie, and that no page asks another website for anything.',
  },
  report: {
    before: 'If you find a problem, email',
    after: '. Say which page it is on and what is wrong.',
    footerLink: (label) => `At the bottom of every page, the link "${label}" starts an email about that page.`,
  },
};
