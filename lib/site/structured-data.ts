import type { BreadcrumbList, MedicalOrganization, MedicalTherapy, MedicalWebPage, Person, Thing, WebSite, WithContext } from 'schema-dts';
import { message } from '@/lib/i18n/messages';
import type { Article } from '@/lib/content/articles';
import type { StateAvailability } from '@/lib/content/availability';
import type { Clinic } from '@/lib/content/clinic';
import type { PageReviews, Signature } from '@/lib/content/review-coverage';
import type { Language } from '@/lib/i18n/language';
import { languagePathPrefix } from '@/lib/i18n/languages';
import type { Crumb } from './breadcrumbs';
import type { SitePage } from './site-pages';
import { absoluteUrl } from '@/lib/routes/site-url';

/** Each language's home page is the site in that language; its pages point at it by this @id. */
function websiteId(language: Language): string {
  return `${absoluteUrl(languagePathPrefix(language))}#website`;
}

/** "@yourclinic" → https://x.com/yourclinic: the profile search engines can tie the clinic to. */
function profileAddress(handle: string): string {
  return `https://x.com/${handle.slice(1)}`;
}

/**
 * The clinic that publishes the site (content/clinic.yaml), named on the site and on every
 * page, so search engines can say who stands behind the pages. A MedicalOrganization rather
 * than a MedicalClinic: a clinic is a place with an address, and the site names the clinic's
 * organisation, whose places are on the locations page.
 */
export function publisherJsonLd(clinic: Clinic): MedicalOrganization {
  return {
    '@type': 'MedicalOrganization',
    '@id': `${absoluteUrl('/')}#publisher`,
    name: clinic.name,
    url: clinic.website,
    telephone: clinic.phone,
    ...(clinic.logo !== undefined && { logo: absoluteUrl(clinic.logo) }),
    ...(clinic.twitter !== undefined && { sameAs: [profileAddress(clinic.twitter)] }),
  };
}

/** The site as a whole, on the home page; articles point at it by its @id. */
export function websiteJsonLd(language: Language, clinic: Clinic): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': websiteId(language),
    name: message(language, 'site.name'),
    description: message(language, 'site.description'),
    url: absoluteUrl(languagePathPrefix(language)),
    inLanguage: language.code,
    publisher: publisherJsonLd(clinic),
  };
}

export function breadcrumbListJsonLd(trail: readonly Crumb[]): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

/** Dry needling by name: what every page of the site is about. */
function dryNeedling(language: Language): MedicalTherapy {
  return { '@type': 'MedicalTherapy', name: message(language, 'therapyName'), relevantSpecialty: 'Physiotherapy' };
}

/**
 * Dry needling as the articles describe it. Who should not have it and what people may
 * feel afterwards are the lists in the sections the articles' front matter names
 * (contraindicationsSection, adverseEffectsSection), so the facts are written once, in content/.
 * A bare list would read as complete, so the description quotes those sections whole: what
 * the page says around each list ("This list is not complete.") goes with it.
 */
export function dryNeedlingTherapy(articles: readonly Article[], language: Language): MedicalTherapy {
  const contraindications = articles.flatMap((article) => (article.contraindications ? [article.contraindications] : []));
  const adverseEffects = articles.flatMap((article) => (article.adverseEffects ? [article.adverseEffects] : []));
  const sections = [...contraindications, ...adverseEffects];
  return {
    ...dryNeedling(language),
    ...(sections.length > 0 && { description: sections.map((section) => section.text).join(' ') }),
    ...(contraindications.length > 0 && { contraindication: contraindications.flatMap((section) => section.items) }),
    ...(adverseEffects.length > 0 && {
      adverseOutcome: adverseEffects.flatMap((section) => section.items).map((name) => ({ '@type': 'MedicalEntity' as const, name })),
    }),
  };
}

interface DescribedPage {
  readonly language: Language;
  readonly path: string;
  readonly title: string;
  readonly description: string;
  /** Only the reviews that cover the page's words as they are now. */
  readonly reviews: PageReviews;
  /** The clinic that publishes the site. */
  readonly clinic: Clinic;
}

function person({ reviewer }: Signature): Person {
  return { '@type': 'Person', name: reviewer.name, honorificSuffix: reviewer.credentials };
}

/**
 * schema.org's reviewedBy and lastReviewed, only while a clinical review covers the page's words
 * (on a translation, through a reviewed translation, whose translator is named too). A made-up
 * example reviewer is never given to search engines as a real person.
 */
function reviewFields({ clinical, translation }: PageReviews): Pick<MedicalWebPage, 'reviewedBy' | 'lastReviewed'> {
  if (!clinical || clinical.reviewer.example) return {};
  const signatures = [clinical, ...(translation && !translation.reviewer.example ? [translation] : [])];
  return { reviewedBy: signatures.map(person), lastReviewed: signatures.map((signature) => signature.date).sort().at(-1) };
}

/** A page of the site as a medical page for patients, part of the site, about dry needling. */
function medicalWebPage(page: DescribedPage, trail: readonly Crumb[], about: MedicalTherapy): WithContext<MedicalWebPage> {
  const url = absoluteUrl(page.path);
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': url,
    url,
    name: page.title,
    description: page.description,
    inLanguage: page.language.code,
    ...reviewFields(page.reviews),
    audience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
    breadcrumb: breadcrumbListJsonLd(trail),
    isPartOf: {
      '@type': 'WebSite',
      '@id': websiteId(page.language),
      name: message(page.language, 'site.name'),
      url: absoluteUrl(languagePathPrefix(page.language)),
    },
    publisher: publisherJsonLd(page.clinic),
    about,
  };
}

/** One article, about dry needling as the articles describe it. */
export function medicalWebPageJsonLd(
  article: Article,
  reviews: PageReviews,
  trail: readonly Crumb[],
  therapy: MedicalTherapy,
  language: Language,
  clinic: Clinic,
): WithContext<MedicalWebPage> {
  return medicalWebPage({ ...article, language, reviews, clinic }, trail, therapy);
}

export interface StatePageJsonLdInput {
  readonly page: SitePage;
  readonly state: Pick<StateAvailability, 'name'>;
  /** The state pages are reviewed with the list of states they belong to. */
  readonly reviews: PageReviews;
  readonly trail: readonly Crumb[];
  readonly clinic: Clinic;
}

/**
 * One state's page: about dry needling, in that state. Its description is the page's own
 * summary, worded in the same three cases as the page (lib/site/phrases).
 */
export function statePageJsonLd({ page, state, reviews, trail, clinic }: StatePageJsonLdInput): WithContext<MedicalWebPage> {
  return {
    ...medicalWebPage({ ...page, reviews, clinic }, trail, dryNeedling(page.language)),
    spatialCoverage: { '@type': 'AdministrativeArea', name: state.name },
  };
}

/**
 * JSON for a <script type="application/ld+json">. "<" is written as \u003c, which JSON
 * reads the same, so no text from content can close the script element early.
 */
export function serializeJsonLd(data: WithContext<Thing>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
