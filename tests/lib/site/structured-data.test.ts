import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content/articles';
import { breadcrumbTrail } from '@/lib/site/breadcrumbs';
import { english } from '@/lib/i18n/languages/en';
import { spanish } from '@/lib/i18n/languages/es';
import { site } from '@/lib/site/site';
import { dryNeedlingTherapy, medicalWebPageJsonLd, serializeJsonLd, websiteJsonLd } from '@/lib/site/structured-data';
import { afterEffectsArticle } from '@/tests/fixtures/articles';
import { contentFixture } from '@/tests/fixtures/content-fixture';

describe('dryNeedlingTherapy', () => {
  it('takes who should not have it and what people may feel from the lists in the content', async () => {
    const therapy = dryNeedlingTherapy(await loadArticles(contentFixture('aliases')), english);
    expect(therapy).toMatchObject({
      '@type': 'MedicalTherapy',
      name: 'Dry needling',
      contraindication: ['People with bleeding disorders', 'People with infections'],
      adverseOutcome: [
        { '@type': 'MedicalEntity', name: 'Soreness where the needle went in' },
        { '@type': 'MedicalEntity', name: 'Bruising' },
      ],
    });
  });

  it('says nothing about risks when the content names no list', async () => {
    const therapy = dryNeedlingTherapy(await loadArticles(contentFixture('valid')), english);
    expect(therapy).not.toHaveProperty('contraindication');
    expect(therapy).not.toHaveProperty('adverseOutcome');
  });
});

describe('medicalWebPageJsonLd', () => {
  const trail = breadcrumbTrail(english, afterEffectsArticle);
  const page = medicalWebPageJsonLd(afterEffectsArticle, trail, { '@type': 'MedicalTherapy', name: 'Dry needling' }, english);

  it('describes the article as a medical page for patients, reviewed on its review date', () => {
    expect(page).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      url: `${site.url}/after-effects/`,
      name: afterEffectsArticle.title,
      description: afterEffectsArticle.description,
      inLanguage: 'en',
      lastReviewed: '2024-07-22',
      audience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
      isPartOf: { '@type': 'WebSite', '@id': websiteJsonLd(english)['@id'] },
      about: { '@type': 'MedicalTherapy', name: 'Dry needling' },
    });
  });

  it('carries the same breadcrumb trail as the page shows, with full addresses', () => {
    expect(page.breadcrumb).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: `${site.url}/` },
        { '@type': 'ListItem', position: 2, name: afterEffectsArticle.title, item: `${site.url}/after-effects/` },
      ],
    });
  });
});

describe('a page in Spanish', () => {
  it('says it is in Spanish, and belongs to the Spanish home page, named in Spanish', () => {
    const spanishPage = { ...afterEffectsArticle, language: 'es', path: '/es/efectos-de-la-puncion-seca/', title: 'Efectos' };
    const jsonLd = medicalWebPageJsonLd(spanishPage, breadcrumbTrail(spanish, spanishPage), { '@type': 'MedicalTherapy', name: 'Punción seca' }, spanish);
    expect(jsonLd).toMatchObject({
      inLanguage: 'es',
      isPartOf: { '@id': `${site.url}/es/#website`, name: 'La punción seca en la fisioterapia', url: `${site.url}/es/` },
    });
    expect(jsonLd.breadcrumb).toMatchObject({ itemListElement: [{ name: 'Inicio', item: `${site.url}/es/` }, { name: 'Efectos' }] });
    expect(websiteJsonLd(spanish)).toMatchObject({ inLanguage: 'es', url: `${site.url}/es/` });
  });
});

describe('serializeJsonLd', () => {
  it('writes "<" so that text from content cannot close the script element', () => {
    const json = serializeJsonLd({ ...websiteJsonLd(english), name: 'Soreness </script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json).name).toBe('Soreness </script><script>alert(1)</script>');
  });
});
