import type { Metadata } from 'next';
import type { MedicalWebPage, WebSite, WithContext } from 'schema-dts';
import { findAvailabilityArticle, loadArticles, neighbours, type Article } from '@/lib/content/articles';
import { loadAvailability, statesNotAvailable, type Availability, type StateAvailability } from '@/lib/content/availability';
import { loadClinic, type Clinic } from '@/lib/content/clinic';
import { loadContact } from '@/lib/content/contact';
import { loadSiteReviews, type SiteReviews } from '@/lib/content/page-reviews';
import type { PageReviews } from '@/lib/content/review-coverage';
import type { Reviewer } from '@/lib/content/reviewers';
import { CONTENT_DIR } from '@/lib/content/content-paths';
import { dryNeedlingLocationsFor, loadLocations, type Location } from '@/lib/content/locations';
import { oncePerContent } from '@/lib/content/once-per-folder';
import { loadSourceArticle, type SourceArticle } from '@/lib/content/source-article';
import { answerFor, answersByState, type StateAnswer } from '@/lib/content/state-answers';
import type { Language } from '@/lib/i18n/language';
import { DEFAULT_LANGUAGE, LANGUAGES, isDefaultLanguage } from '@/lib/i18n/languages';
import { fixedRoutes } from '@/lib/routes/fixed-routes';
import { listAliases } from './aliases';
import { breadcrumbTrail, type Crumb } from './breadcrumbs';
import { movedPageMetadata, notFoundMetadata, pageMetadata, siteMetadata } from './metadata';
import { notFoundRoute } from './page-address';
import { unreviewedLanguageNames } from './phrases';
import { siteChrome, unreviewedTranslationOf, type SiteChrome } from './site-chrome';
import { findSitePage, loadSitePages, type PageOfKind, type SitePage } from './site-pages';
import { stateEmailGroups, topicEmails, type Email, type StateEmailGroup } from './staff-emails';
import { dryNeedlingTherapy, medicalWebPageJsonLd, statePageJsonLd, websiteJsonLd } from './structured-data';

/** What the breadcrumbs and <h1> of most pages need: the page's title and the trail to it from the home page. */
interface TitledPage {
  readonly language: Language;
  readonly title: string;
  readonly trail: readonly Crumb[];
}

/** The line on a page about the site that says where to report a problem with it. */
interface ProblemReport {
  /** content/contact.yaml's address. */
  readonly address: string;
  readonly pagePath: string;
}

/** The states the clinic's article names as not available, and the page that lists every state. */
interface AvailabilityNotice {
  readonly notAvailable: readonly StateAvailability[];
  readonly availabilityPath: string;
}

/** Exactly what each kind of page's template renders. */
export interface TemplateProps {
  readonly home: AvailabilityNotice & {
    readonly language: Language;
    readonly structuredData: WithContext<WebSite>;
    readonly topics: readonly Article[];
    readonly guidePath: string;
  };
  readonly article: AvailabilityNotice & {
    readonly language: Language;
    readonly article: Article;
    readonly trail: readonly Crumb[];
    readonly structuredData: WithContext<MedicalWebPage>;
    readonly source: SourceArticle;
    /** The reviews that cover the page's words as they are now. */
    readonly reviews: PageReviews;
    /** What the list of states shows, on the one article that has it ("stateList: true"). */
    readonly stateList: {
      readonly answers: readonly StateAnswer[];
      readonly checked?: string;
      readonly exampleLocations: boolean;
      readonly locationsPath: string;
    };
    readonly previous?: Article;
    readonly next?: Article;
  };
  readonly state: {
    readonly language: Language;
    readonly trail: readonly Crumb[];
    readonly structuredData: WithContext<MedicalWebPage>;
    readonly answer: StateAnswer;
    readonly notAvailableCount: number;
    /** Locations in other states that offer it: listed when none in this state does. */
    readonly elsewhere: readonly Location[];
    readonly exampleLocations: boolean;
    readonly availabilityPath: string;
    readonly locationsPath: string;
    readonly source: SourceArticle;
    /** A state page is part of the list of states, so it is reviewed with that article. */
    readonly reviews: PageReviews;
    readonly checked?: string;
  };
  readonly locations: TitledPage & {
    readonly availabilityPath: string;
    readonly exampleLocations: boolean;
    readonly locations: readonly Location[];
  };
  readonly 'staff-links': TitledPage & {
    readonly articles: readonly Article[];
    readonly guidePath: string;
    /** Each article's ready-to-send emails, by its address. */
    readonly topicEmails: ReadonlyMap<string, readonly Email[]>;
    readonly stateEmails: readonly StateEmailGroup[];
    readonly exampleLocations: boolean;
  };
  readonly guide: TitledPage &
    AvailabilityNotice & {
      readonly source: SourceArticle;
      readonly topics: readonly { readonly article: Article; readonly reviews: PageReviews; readonly unreviewedTranslation: boolean }[];
    };
  readonly about: TitledPage & {
    readonly source: SourceArticle;
    /** The clinic that publishes the site. */
    readonly clinic: Clinic;
    /** The languages no qualified translator has reviewed yet, named for the reader. */
    readonly unreviewedLanguages?: string;
    /** Everyone in content/reviewers.yaml, named with what they check. */
    readonly reviewers: readonly Reviewer[];
    readonly report: ProblemReport;
  };
  readonly accessibility: TitledPage & {
    readonly unreviewedLanguages?: string;
    readonly report: ProblemReport;
  };
  readonly privacy: TitledPage;
  /** An old address, which sends readers on to the page it moved to. */
  readonly moved: { readonly language: Language; readonly title: string; readonly path: string };
  /** A language's not-found page. */
  readonly 'not-found': { readonly language: Language };
}

export type RouteKind = keyof TemplateProps;

interface RouteFields {
  /** The address in the site's one form: /after-effects/, /es/disponibilidad/texas/. */
  readonly path: string;
  readonly language: Language;
  /** The header and footer, with this page's links to its twins in the other languages. */
  readonly chrome: SiteChrome;
  /** What <head> says: what every page of the language shares (the layout's), then the page's own. */
  readonly head: { readonly site: Metadata; readonly page: Metadata };
}

/** One address of the site: its kind of page, and everything that page shows. */
export type Route = { [Kind in RouteKind]: RouteFields & { readonly kind: Kind; readonly props: TemplateProps[Kind] } }[RouteKind];

export type RouteOfKind<Kind extends RouteKind> = Extract<Route, { kind: Kind }>;

export interface RouteTable {
  /** Every address the catch-all page renders: the pages, the old addresses, and each translated language's not-found page. */
  readonly routes: ReadonlyMap<string, Route>;
  /** The default language's not-found page, which app/global-not-found.tsx renders as the host's 404.html. */
  readonly notFound: RouteOfKind<'not-found'>;
}

/** What the whole site shares, read once. */
interface SiteData {
  readonly pages: readonly SitePage[];
  readonly availability: Availability;
  readonly answers: readonly StateAnswer[];
  readonly notAvailable: readonly StateAvailability[];
  readonly locations: readonly Location[];
  readonly exampleLocations: boolean;
  readonly source: SourceArticle;
  readonly problemReports: string;
  /** The clinic that publishes the site (content/clinic.yaml). */
  readonly clinic: Clinic;
  readonly languages: readonly Language[];
  readonly reviews: SiteReviews;
}

/** One language's edition: its articles, its list of states and what its pages share in <head>, with what the whole site shares. */
interface Edition extends SiteData {
  readonly language: Language;
  readonly articles: readonly Article[];
  readonly stateList: Article;
  readonly siteMetadata: Metadata;
}

function chromeOf(edition: Edition, translations: SitePage['translations'], reviewed: boolean, pagePath?: string): SiteChrome {
  const { language, stateList, problemReports, clinic } = edition;
  return siteChrome({ language, translations, reviewed, stateList, problemReports, clinic, pagePath });
}

function titled(page: SitePage): TitledPage {
  return { language: page.language, title: page.title, trail: breadcrumbTrail(page.language, page) };
}

/** Every topic the guide prints, and whether it says that no qualified translator has reviewed it yet. */
function guideTopics({ language, pages, reviews }: Edition): TemplateProps['guide']['topics'] {
  return pages
    .filter((page): page is PageOfKind<'article'> => page.kind === 'article' && page.language === language)
    .map(({ article, translations }) => ({
      article,
      reviews: reviews.of(article),
      unreviewedTranslation: unreviewedTranslationOf(language, translations, translationReviewed(article, language, reviews)) !== undefined,
    }));
}

/**
 * Whether a translator's review covers an article as it is now, and the interface catalog of its
 * language too (the words around it); an English page is no translation.
 */
function translationReviewed(article: Article, language: Language, reviews: SiteReviews): boolean {
  return article.language === DEFAULT_LANGUAGE.code || (reviews.of(article).translation !== undefined && reviews.catalogReviewed(language));
}

function staffLinksProps(page: SitePage, edition: Edition): TemplateProps['staff-links'] {
  const { language, pages } = edition;
  return {
    ...titled(page),
    articles: edition.articles,
    guidePath: fixedRoutes(language).guide,
    topicEmails: new Map(topicEmails(pages, language, edition.clinic.name).map((topic) => [topic.page.path, topic.emails])),
    stateEmails: stateEmailGroups(pages, edition.answers, language, {
      notAvailableCount: edition.notAvailable.length,
      exampleLocations: edition.exampleLocations,
      clinic: edition.clinic.name,
    }),
    exampleLocations: edition.exampleLocations,
  };
}

function stateProps(page: PageOfKind<'state'>, edition: Edition): TemplateProps['state'] {
  const { language, stateList } = edition;
  const trail = breadcrumbTrail(language, stateList, page);
  const reviews = edition.reviews.of(stateList);
  return {
    language,
    trail,
    structuredData: statePageJsonLd({ page, state: { name: language.stateNames[page.state.code] }, reviews, trail, clinic: edition.clinic }),
    answer: answerFor(page.state, edition.locations),
    notAvailableCount: edition.notAvailable.length,
    elsewhere: dryNeedlingLocationsFor(page.state.code, edition.locations).elsewhere,
    exampleLocations: edition.exampleLocations,
    availabilityPath: stateList.path,
    locationsPath: fixedRoutes(language).locations,
    source: edition.source,
    reviews,
    checked: edition.availability.checked,
  };
}

function articleProps(page: PageOfKind<'article'>, edition: Edition): TemplateProps['article'] {
  const { article } = page;
  const { language, articles } = edition;
  const trail = breadcrumbTrail(language, article);
  const { previous, next } = neighbours(articles, article.slug);
  const reviews = edition.reviews.of(article);
  return {
    language,
    article,
    trail,
    structuredData: medicalWebPageJsonLd(article, reviews, trail, dryNeedlingTherapy(articles, language), language, edition.clinic),
    source: edition.source,
    reviews,
    notAvailable: edition.notAvailable,
    availabilityPath: edition.stateList.path,
    stateList: {
      answers: edition.answers,
      checked: edition.availability.checked,
      exampleLocations: edition.exampleLocations,
      locationsPath: fixedRoutes(language).locations,
    },
    previous,
    next,
  };
}

/** The route of one page of the list of pages, with what its template renders. */
function pageRoute(page: SitePage, edition: Edition): Route {
  const { language } = edition;
  const reviewed = page.kind === 'article' ? translationReviewed(page.article, language, edition.reviews) : edition.reviews.catalogReviewed(language);
  const fields = {
    path: page.path,
    language,
    chrome: chromeOf(edition, page.translations, reviewed, page.path),
    head: { site: edition.siteMetadata, page: pageMetadata(page, edition.clinic) },
  };
  const unreviewedLanguages = unreviewedLanguageNames(language, edition.languages, edition.reviews.catalogReviewed);
  const report = { address: edition.problemReports, pagePath: page.path };
  const notice = { notAvailable: edition.notAvailable, availabilityPath: edition.stateList.path };
  switch (page.kind) {
    case 'home':
      return {
        ...fields,
        kind: page.kind,
        props: { ...notice, language, structuredData: websiteJsonLd(language, edition.clinic), topics: edition.articles, guidePath: fixedRoutes(language).guide },
      };
    case 'article':
      return { ...fields, kind: page.kind, props: articleProps(page, edition) };
    case 'state':
      return { ...fields, kind: page.kind, props: stateProps(page, edition) };
    case 'locations':
      return {
        ...fields,
        kind: page.kind,
        props: { ...titled(page), availabilityPath: edition.stateList.path, exampleLocations: edition.exampleLocations, locations: edition.locations },
      };
    case 'staff-links':
      return { ...fields, kind: page.kind, props: staffLinksProps(page, edition) };
    case 'guide':
      return { ...fields, kind: page.kind, props: { ...titled(page), ...notice, source: edition.source, topics: guideTopics(edition) } };
    case 'about':
      return {
        ...fields,
        kind: page.kind,
        props: { ...titled(page), source: edition.source, clinic: edition.clinic, unreviewedLanguages, reviewers: edition.reviews.reviewers, report },
      };
    case 'accessibility':
      return { ...fields, kind: page.kind, props: { ...titled(page), unreviewedLanguages, report } };
    case 'privacy':
      return { ...fields, kind: page.kind, props: titled(page) };
  }
}

/** A language's not-found page. It is served for every address that has no page, so a report from it names none. */
function notFoundPage(edition: Edition): RouteOfKind<'not-found'> {
  const { language } = edition;
  return {
    path: notFoundRoute(language),
    language,
    chrome: chromeOf(edition, [], true),
    head: { site: edition.siteMetadata, page: notFoundMetadata(language) },
    kind: 'not-found',
    props: { language },
  };
}

/** An old address of an English article: it shows that the page moved, in the language of the page it moved to. */
function movedRoutes(edition: Edition): Route[] {
  return listAliases(edition.articles).map((alias): Route => {
    const target = findSitePage(edition.pages, alias.target.path);
    return {
      path: alias.path,
      language: target.language,
      chrome: chromeOf(edition, [], true, alias.path),
      head: { site: edition.siteMetadata, page: movedPageMetadata(target, edition.clinic) },
      kind: 'moved',
      props: { language: target.language, title: target.title, path: target.path },
    };
  });
}

function editionOf(language: Language, articles: readonly Article[], site: SiteData): Edition {
  const home = site.pages.find((page): page is PageOfKind<'home'> => page.kind === 'home' && page.language === language);
  // Stryker disable next-line all: the list of pages (lib/site/site-pages.ts) gives every language a home page.
  if (!home) throw new Error(`The list of pages (lib/site/site-pages.ts) has no home page in ${language.name}.`);
  return { ...site, language, articles, stateList: findAvailabilityArticle(articles), siteMetadata: siteMetadata(home, site.clinic) };
}

async function buildRouteTable(contentDir: string, languages: readonly Language[]): Promise<RouteTable> {
  const [pages, availability, { example, locations }, source, contact, clinic, reviews] = await Promise.all([
    loadSitePages(contentDir, languages),
    loadAvailability(contentDir),
    loadLocations(contentDir),
    loadSourceArticle(contentDir),
    loadContact(contentDir),
    loadClinic(contentDir),
    loadSiteReviews(contentDir, languages),
  ]);
  const site: SiteData = {
    pages,
    availability,
    answers: answersByState(availability, locations),
    notAvailable: statesNotAvailable(availability),
    locations,
    exampleLocations: example,
    source,
    problemReports: contact.problemReports,
    clinic,
    languages,
    reviews,
  };
  const editions = await Promise.all(
    languages.map(async (language) => editionOf(language, await loadArticles(contentDir, language, languages), site)),
  );
  const main = editions.find((edition) => isDefaultLanguage(edition.language));
  if (!main) throw new Error(`The site's languages must include ${DEFAULT_LANGUAGE.name}: its old addresses and not-found page are in it.`);
  const routes: Route[] = [
    ...editions.flatMap((edition) => pages.filter((page) => page.language === edition.language).map((page) => pageRoute(page, edition))),
    ...movedRoutes(main),
    ...editions.filter((edition) => edition !== main).map(notFoundPage),
  ];
  return { routes: new Map(routes.map((route) => [route.path, route])), notFound: notFoundPage(main) };
}

const built = oncePerContent(
  (contentDir, languages: readonly Language[]) => `${contentDir}\n${languages.map((language) => language.code).join(',')}`,
  buildRouteTable,
);

/**
 * Every address of the site with everything its page shows, built once per build (and again in
 * the editors' preview once a file changes) from the list of pages and one edition per language.
 * The catch-all page and its layout each look an address up here once; the templates read nothing else.
 */
export function loadRouteTable(contentDir: string = CONTENT_DIR, languages: readonly Language[] = LANGUAGES): Promise<RouteTable> {
  return built(contentDir, languages);
}

export async function findRoute(path: string): Promise<Route> {
  const route = (await loadRouteTable()).routes.get(path);
  if (!route) throw new Error(`${path} is not an address of the site (lib/site/route-table.ts).`);
  return route;
}
