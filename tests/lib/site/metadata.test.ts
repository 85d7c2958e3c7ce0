import { describe, expect, it } from 'vitest';
import { movedPageMetadata, pageMetadata } from '@/lib/site/metadata';
import type { SitePage } from '@/lib/site/site-pages';
import { site } from '@/lib/site/site';

const afterEffects: SitePage = {
  path: '/after-effects/',
  title: 'How you may feel after dry needling',
  description: 'What you may feel after a dry needling treatment, and when to call your physical therapist.',
  lastModified: '2024-07-22',
  indexable: true,
  image: '/og/after-effects.png',
};

describe('pageMetadata', () => {
  const metadata = pageMetadata(afterEffects);

  it('gives the page its title, description and full canonical address', () => {
    expect(metadata.title).toBe('How you may feel after dry needling');
    expect(metadata.description).toBe(afterEffects.description);
    expect(metadata.alternates?.canonical).toBe(`${site.url}/after-effects/`);
    expect(metadata.robots).toBeUndefined();
  });

  it('describes the link preview with the page image at its full address and size', () => {
    expect(metadata.openGraph).toMatchObject({
      url: `${site.url}/after-effects/`,
      title: afterEffects.title,
      siteName: site.name,
      images: [{ url: `${site.url}/og/after-effects.png`, width: 1200, height: 630, type: 'image/png' }],
    });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', images: [{ url: `${site.url}/og/after-effects.png` }] });
  });

  it('titles the home page with the site name alone', () => {
    expect(pageMetadata({ ...afterEffects, path: '/', title: site.name }).title).toEqual({ absolute: site.name });
  });

  it('asks search engines to skip a page that is not indexable', () => {
    expect(pageMetadata({ ...afterEffects, indexable: false }).robots).toEqual({ index: false, follow: true });
  });
});

describe('movedPageMetadata', () => {
  it('points an old address at the page it moved to, and keeps it out of search results', () => {
    const metadata = movedPageMetadata(afterEffects);
    expect(metadata.title).toBe('Moved: How you may feel after dry needling');
    expect(metadata.alternates?.canonical).toBe(`${site.url}/after-effects/`);
    expect(metadata.robots).toEqual({ index: false, follow: true });
  });
});
