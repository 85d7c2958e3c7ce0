import { describe, expect, it } from 'vitest';
import { message } from '@/lib/i18n/messages';
import { loadArticles } from '@/lib/content/articles';
import { breadcrumbTrail } from '@/lib/site/breadcrumbs';
import { english, spanish } from '@/lib/i18n/languages';
import { site } from '@/lib/routes/site-url';
import { findSitePage, loadSitePages } from '@/lib/site/site-pages';
import { dryNeedlingTherapy, medicalWebPageJsonLd, publisherJsonLd, serializeJsonLd, statePageJsonLd, websiteJsonLd } from '@/lib/site/structured-data';
import type { PageReviews } from '@/lib/content/review-coverage';
import { riverbendClinic } from '../../fixtures/clinic';
import { afterEffectsArticle, clinicalReviewer, translationReviewer } from '@/tests/fixtures/articles';
import { contentFixture } from '@/tests/fixtures/content-fixture';

/** The publisher every page names: the clinic of tests/fixtures/clinic.ts, with no logo or profile. */
const RIVERBEND_PUBLISHER = {
  '@type': 'MedicalOrganization',
  '@id': `${site.url}/#publisher`,
  name: 'Riverbend Physical Therapy',
  url: 'https://riverbend-clinic.org',
  telephone: '(512) 555-2368',
};

describe('dryNeedlingTherapy', () => {
  it('takes who should not have it and what people may feel from the lists in the content', async () => {
    const therapy = dryNeedlingTherapy(await loadArticles(contentFixture('aliases')), english);
    expect(therapy).toEqual({
      '@type': 'MedicalTherapy',
      name: 'Dry needling',
      relevantSpecialty: 'Physiotherapy',
      description:
        'Dry needling is not recommended for: People with bleeding disorders; People with infections. Soreness where the needle went in; Bruising. If you have questions, ask your physical therapist.',
      contraindication: ['People with bleeding disorders', 'People with infections'],
      adverseOutcome: [
        { '@type': 'MedicalEntity', name: 'Soreness where the needle went in' },
        { '@type': 'MedicalEntity', name: 'Bruising' },
      ],
    });
  });

  it('quotes those sections whole in its description, so a list the page calls incomplete is not passed off as complete', async () => {
    const [article] = await loadArticles(contentFixture('aliases'));
    const incomplete = {
      ...article!,
      contraindications: { items: ['People with infections'], text: 'It is not recommended for: People with infections. This list is not complete.' },
    };
    expect(dryNeedlingTherapy([incomplete], english).description).toBe('It is not recommended for: People with infections. This list is not complete.');
  });

  it('says nothing about risks when the content names no list', async () => {
    const therapy = dryNeedlingTherapy(await loadArticles(contentFixture('valid')), english);
    expect(therapy).not.toHaveProperty('contraindication');
    expect(therapy).not.toHaveProperty('adverseOutcome');
    expect(therapy).not.toHaveProperty('description');
  });
});

const jsonLdOfAfterEffects = () =>
  medicalWebPageJsonLd(afterEffectsArticle, {}, breadcrumbTrail(english, afterEffectsArticle), { '@type': 'MedicalTherapy', name: 'Dry needling' }, english, riverbendClinic);

describe('medicalWebPageJsonLd', () => {
  const reviewed = { clinical: { reviewer: clinicalReviewer, date: '2024-07-22' } };
  const jsonLd = (reviews: PageReviews = reviewed) =>
    medicalWebPageJsonLd(afterEffectsArticle, reviews, breadcrumbTrail(english, afterEffectsArticle), { '@type': 'MedicalTherapy', name: 'Dry needling' }, english, riverbendClinic);

  it('describes the article as a medical page for patients, reviewed by a named person on the day of the review that covers it', () => {
    expect(jsonLd()).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      '@id': `${site.url}/after-effects/`,
      url: `${site.url}/after-effects/`,
      name: afterEffectsArticle.title,
      description: afterEffectsArticle.description,
      inLanguage: 'en',
      lastReviewed: '2024-07-22',
      reviewedBy: [{ '@type': 'Person', name: 'Ana Rivera', honorificSuffix: 'PT, DPT' }],
      audience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
      isPartOf: { '@type': 'WebSite', '@id': websiteJsonLd(english, riverbendClinic)['@id'] },
      about: { '@type': 'MedicalTherapy', name: 'Dry needling' },
    });
  });

  it('says nothing of a review when none covers the page, or when the reviewer is a made-up example', () => {
    expect(jsonLd({})).not.toHaveProperty('lastReviewed');
    expect(jsonLd({})).not.toHaveProperty('reviewedBy');
    const example = jsonLd({ clinical: { reviewer: { ...clinicalReviewer, example: true }, date: '2024-07-22' } });
    expect(example).not.toHaveProperty('reviewedBy');
    expect(example).not.toHaveProperty('lastReviewed');
  });

  it('names the translator too on a reviewed translation, dated by the newer review', () => {
    const both = jsonLd({ ...reviewed, translation: { reviewer: translationReviewer, date: '2024-08-01' } });
    expect(both).toMatchObject({
      lastReviewed: '2024-08-01',
      reviewedBy: [
        { '@type': 'Person', name: 'Ana Rivera', honorificSuffix: 'PT, DPT' },
        { '@type': 'Person', name: 'Lucía Méndez', honorificSuffix: 'certified translator' },
      ],
    });
  });

  it('carries the same breadcrumb trail as the page shows, with full addresses', () => {
    expect(jsonLd().breadcrumb).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: `${site.url}/` },
        { '@type': 'ListItem', position: 2, name: afterEffectsArticle.title, item: `${site.url}/after-effects/` },
      ],
    });
  });
});

describe('publisherJsonLd', () => {
  it('names the clinic with its logo and its profile on X when content/clinic.yaml has them', () => {
    expect(publisherJsonLd({ ...riverbendClinic, logo: '/images/logo.png', twitter: '@riverbendpt' })).toEqual({
      ...RIVERBEND_PUBLISHER,
      logo: `${site.url}/images/logo.png`,
      sameAs: ['https://x.com/riverbendpt'],
    });
  });

  it('is the publisher of every article page, by the same @id as the site', () => {
    expect(jsonLdOfAfterEffects().publisher).toEqual(websiteJsonLd(english, riverbendClinic).publisher);
  });
});

describe('websiteJsonLd', () => {
  it('describes the site in a language as a website at its home page, named and described in that language', () => {
    expect(websiteJsonLd(spanish, riverbendClinic)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      '@id': `${site.url}/es/#website`,
      name: 'La punción seca en la fisioterapia',
      description: message(spanish, 'site.description'),
      url: `${site.url}/es/`,
      inLanguage: 'es',
      publisher: RIVERBEND_PUBLISHER,
    });
  });
});

describe('a page in Spanish', () => {
  it('says it is in Spanish, and belongs to the Spanish home page, named in Spanish', () => {
    const spanishPage = { ...afterEffectsArticle, language: 'es', path: '/es/efectos-de-la-puncion-seca/', title: 'Efectos' };
    const jsonLd = medicalWebPageJsonLd(spanishPage, {}, breadcrumbTrail(spanish, spanishPage), { '@type': 'MedicalTherapy', name: 'Punción seca' }, spanish, riverbendClinic);
    expect(jsonLd).toMatchObject({
      inLanguage: 'es',
      isPartOf: { '@id': `${site.url}/es/#website`, name: 'La punción seca en la fisioterapia', url: `${site.url}/es/` },
    });
    expect(jsonLd.breadcrumb).toMatchObject({ itemListElement: [{ name: 'Inicio', item: `${site.url}/es/` }, { name: 'Efectos' }] });
    expect(websiteJsonLd(spanish, riverbendClinic)).toMatchObject({ inLanguage: 'es', url: `${site.url}/es/` });
  });
});

describe('statePageJsonLd', () => {
  it('describes a state page as a medical page about dry needling in that state, with its case in words and its breadcrumbs', async () => {
    const pages = await loadSitePages(contentFixture('aliases'), [english]);
    const page = findSitePage(pages, '/availability/vermont/');
    const trail = breadcrumbTrail(english, { title: 'Where dry needling is offered', path: '/availability/' }, page);
    expect(statePageJsonLd({ page, state: { name: 'Vermont' }, reviews: { clinical: { reviewer: clinicalReviewer, date: '2024-07-22' } }, trail, clinic: riverbendClinic })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      '@id': `${site.url}/availability/vermont/`,
      url: `${site.url}/availability/vermont/`,
      name: 'Dry needling in Vermont',
      description: page.description,
      inLanguage: 'en',
      lastReviewed: '2024-07-22',
      reviewedBy: [{ '@type': 'Person', name: 'Ana Rivera', honorificSuffix: 'PT, DPT' }],
      audience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
      breadcrumb: {
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'Home', item: `${site.url}/` },
          { '@type': 'ListItem', position: 2, name: 'Where dry needling is offered', item: `${site.url}/availability/` },
          { '@type': 'ListItem', position: 3, name: 'Dry needling in Vermont', item: `${site.url}/availability/vermont/` },
        ],
      },
      isPartOf: { '@type': 'WebSite', '@id': websiteJsonLd(english, riverbendClinic)['@id'], name: message(english, 'site.name'), url: `${site.url}/` },
      publisher: RIVERBEND_PUBLISHER,
      about: { '@type': 'MedicalTherapy', name: 'Dry needling', relevantSpecialty: 'Physiotherapy' },
      spatialCoverage: { '@type': 'AdministrativeArea', name: 'Vermont' },
    });
    expect(page.description).not.toMatch(/offered in Vermont/);
  });
});

describe('serializeJsonLd', () => {
  it('writes "<" so that text from content cannot close the script element', () => {
    const json = serializeJsonLd({ ...websiteJsonLd(english, riverbendClinic), name: 'Soreness </script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json).name).toBe('Soreness </script><script>alert(1)</script>');
  });
});
