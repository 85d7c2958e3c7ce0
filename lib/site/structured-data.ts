import type { BreadcrumbList, MedicalTherapy, MedicalWebPage, Thing, WebSite, WithContext } from 'schema-dts';
import type { Article } from '@/lib/content/articles';
import type { Crumb } from './breadcrumbs';
import { absoluteUrl, site } from './site';

const WEBSITE_ID = `${absoluteUrl('/')}#website`;

/** The site as a whole, on the home page; articles point at it by its @id. */
export function websiteJsonLd(): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': WEBSITE_ID,
    name: site.name,
    description: site.description,
    url: absoluteUrl('/'),
    inLanguage: site.language,
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

/**
 * Dry needling as the articles describe it. Who should not have it and what people may
 * feel afterwards are the lists in the sections the articles' front matter names
 * (contraindicationsSection, adverseEffectsSection), so the facts are written once, in content/.
 * A bare list would read as complete, so the description quotes those sections whole: what
 * the page says around each list ("This list is not complete.") goes with it.
 */
export function dryNeedlingTherapy(articles: readonly Article[]): MedicalTherapy {
  const contraindications = articles.flatMap((article) => (article.contraindications ? [article.contraindications] : []));
  const adverseEffects = articles.flatMap((article) => (article.adverseEffects ? [article.adverseEffects] : []));
  const sections = [...contraindications, ...adverseEffects];
  return {
    '@type': 'MedicalTherapy',
    name: 'Dry needling',
    relevantSpecialty: 'Physiotherapy',
    ...(sections.length > 0 && { description: sections.map((section) => section.text).join(' ') }),
    ...(contraindications.length > 0 && { contraindication: contraindications.flatMap((section) => section.items) }),
    ...(adverseEffects.length > 0 && {
      adverseOutcome: adverseEffects.flatMap((section) => section.items).map((name) => ({ '@type': 'MedicalEntity' as const, name })),
    }),
  };
}

/** One article as a medical page for patients, part of the site, about dry needling. */
export function medicalWebPageJsonLd(article: Article, trail: readonly Crumb[], therapy: MedicalTherapy): WithContext<MedicalWebPage> {
  const url = absoluteUrl(article.path);
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': url,
    url,
    name: article.title,
    description: article.description,
    inLanguage: site.language,
    lastReviewed: article.lastReviewed,
    audience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
    breadcrumb: breadcrumbListJsonLd(trail),
    isPartOf: { '@type': 'WebSite', '@id': WEBSITE_ID, name: site.name, url: absoluteUrl('/') },
    about: therapy,
  };
}

/**
 * JSON for a <script type="application/ld+json">. "<" is written as \u003c, which JSON
 * reads the same, so no text from content can close the script element early.
 */
export function serializeJsonLd(data: WithContext<Thing>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
