import type { BreadcrumbList, MedicalTherapy, MedicalWebPage, Thing, WebSite, WithContext } from 'schema-dts';
import type { Article } from '@/lib/content/articles';
import type { Language } from '@/lib/i18n/language';
import { languagePathPrefix } from '@/lib/i18n/languages';
import type { Crumb } from './breadcrumbs';
import { absoluteUrl } from './site';

/** Each language's home page is the site in that language; its pages point at it by this @id. */
function websiteId(language: Language): string {
  return `${absoluteUrl(languagePathPrefix(language))}#website`;
}

/** The site as a whole, on the home page; articles point at it by its @id. */
export function websiteJsonLd(language: Language): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': websiteId(language),
    name: language.words.site.name,
    description: language.words.site.description,
    url: absoluteUrl(languagePathPrefix(language)),
    inLanguage: language.code,
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
 */
export function dryNeedlingTherapy(articles: readonly Article[], language: Language): MedicalTherapy {
  const contraindications = articles.flatMap((article) => article.contraindications ?? []);
  const adverseEffects = articles.flatMap((article) => article.adverseEffects ?? []);
  return {
    '@type': 'MedicalTherapy',
    name: language.words.therapyName,
    relevantSpecialty: 'Physiotherapy',
    ...(contraindications.length > 0 && { contraindication: contraindications }),
    ...(adverseEffects.length > 0 && {
      adverseOutcome: adverseEffects.map((name) => ({ '@type': 'MedicalEntity' as const, name })),
    }),
  };
}

/** One article as a medical page for patients, part of the site, about dry needling. */
export function medicalWebPageJsonLd(
  article: Article,
  trail: readonly Crumb[],
  therapy: MedicalTherapy,
  language: Language,
): WithContext<MedicalWebPage> {
  const url = absoluteUrl(article.path);
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': url,
    url,
    name: article.title,
    description: article.description,
    inLanguage: language.code,
    lastReviewed: article.lastReviewed,
    audience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
    breadcrumb: breadcrumbListJsonLd(trail),
    isPartOf: {
      '@type': 'WebSite',
      '@id': websiteId(language),
      name: language.words.site.name,
      url: absoluteUrl(languagePathPrefix(language)),
    },
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
