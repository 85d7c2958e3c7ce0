import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LinkPreviewImage } from '@/components/link-preview-image';

const SITE = 'Dry needling in physical therapy';

function draw(title: string) {
  const { container } = render(<LinkPreviewImage title={title} siteName={SITE} />);
  const card = container.firstElementChild as HTMLElement;
  return { card, lines: [...card.children] as HTMLElement[] };
}

describe('the link-preview image', () => {
  it('shows the page title large and the site name below it, on a white card with a brand band, in the site colours', () => {
    const { card, lines } = draw('How you may feel after dry needling');
    expect(lines.map((line) => line.textContent)).toEqual(['How you may feel after dry needling', SITE]);
    // What a person sees in the preview: a white card, the brand's blue band and the site's ink.
    expect(card).toHaveStyle({ backgroundColor: '#ffffff', borderTop: '40px solid #005a9c', color: '#1f2a33' });
    expect(lines[0]).toHaveStyle({ fontSize: '76px' });
    expect(lines[1]).toHaveStyle({ fontSize: '40px', color: '#005a9c' });
  });

  it('draws a title of up to 45 characters large, and a longer one smaller so it still fits', () => {
    const at = 'a'.repeat(45);
    expect(draw(at).lines[0]).toHaveStyle({ fontSize: '76px' });
    expect(draw(`${at}b`).lines[0]).toHaveStyle({ fontSize: '64px' });
  });

  it('names the site once on the home page, whose title is the site name', () => {
    expect(draw(SITE).lines.map((line) => line.textContent)).toEqual([SITE]);
  });
});
