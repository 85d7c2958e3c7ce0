import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ArticleBody } from '@/components/article-body';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { MovedPage } from '@/components/moved-page';
import { SiteFooter } from '@/components/site-footer';
import { StaffLinks } from '@/components/staff-links';
import { breadcrumbTrail } from '@/lib/site/breadcrumbs';
import { renderMarkdown } from '@/lib/content/markdown';
import { site } from '@/lib/routes/site-url';
import { websiteJsonLd } from '@/lib/site/structured-data';
import { riverbendClinic } from '@/tests/fixtures/clinic';
import { english, spanish } from '@/lib/i18n/languages';
import { afterEffectsArticle } from '../fixtures/articles';
import { englishChrome } from '../fixtures/chrome';

describe('breadcrumbs', () => {
  it('shows the way from the home page to this page, and marks this page as current', () => {
    render(<Breadcrumbs trail={breadcrumbTrail(english, afterEffectsArticle)} label="Breadcrumb" />);
    const nav = screen.getByRole('navigation', { name: 'Breadcrumb' });
    const links = within(within(nav).getByRole('list')).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Home', '/'],
      [afterEffectsArticle.title, '/after-effects/'],
    ]);
    expect(links[1]).toHaveAttribute('aria-current', 'page');
    expect(links[0]).not.toHaveAttribute('aria-current');
    expect(within(nav).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Home', `›${afterEffectsArticle.title}`]);
  });
});

describe('section links in an article', () => {
  it('offers a link to each section, named for it, that works without JavaScript', async () => {
    const { html } = await renderMarkdown('## What you may feel afterwards\n\n- Soreness\n\n### Bruising\n\nIt fades.\n');
    render(<ArticleBody html={html} />);
    expect(screen.getByRole('link', { name: 'Link to section: What you may feel afterwards' })).toHaveAttribute(
      'href',
      '#what-you-may-feel-afterwards',
    );
    expect(screen.getByRole('link', { name: 'Link to section: Bruising' })).toHaveAttribute('href', '#bruising');
    expect(screen.getByRole('heading', { level: 2 })).toHaveAccessibleName('What you may feel afterwards');
  });

  it('names the section links in the language of the page, with addresses a keyboard can type', async () => {
    const { html } = await renderMarkdown('## ¿Qué es la punción seca?\n\nUn tratamiento.\n', spanish);
    render(<ArticleBody html={html} />);
    expect(screen.getByRole('link', { name: 'Enlace a la sección: ¿Qué es la punción seca?' })).toHaveAttribute(
      'href',
      '#que-es-la-puncion-seca',
    );
  });
});

describe('staff links', () => {
  it('lists the full address of the page and of every section, as text to copy', () => {
    render(
      <StaffLinks
        articles={[
          {
            ...afterEffectsArticle,
            headings: [
              { depth: 2, text: 'What you may feel afterwards', id: 'what-you-may-feel-afterwards' },
              { depth: 3, text: 'Bruising', id: 'bruising' },
              { depth: 4, text: 'How long it lasts', id: 'how-long-it-lasts' },
            ],
          },
        ]}
        language={english}
        emails={new Map()}
      />,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(afterEffectsArticle.title);
    const addresses = screen.getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);
    expect(addresses).toEqual([
      [`${site.url}/after-effects/`, `${site.url}/after-effects/`],
      [`${site.url}/after-effects/#what-you-may-feel-afterwards`, `${site.url}/after-effects/#what-you-may-feel-afterwards`],
      [`${site.url}/after-effects/#bruising`, `${site.url}/after-effects/#bruising`],
    ]);
    expect(screen.getByText('Section: Bruising')).toBeInTheDocument();
  });

  it('indents a subsection under its section, and nothing else', () => {
    render(
      <StaffLinks
        articles={[{ ...afterEffectsArticle, headings: [{ depth: 2, text: 'What you may feel afterwards', id: 'feel' }, { depth: 3, text: 'Bruising', id: 'bruising' }] }]}
        language={english}
        emails={new Map()}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.classList.contains('ml-6'))).toEqual([false, false, true]);
  });

  it('is linked from the footer, not from the main navigation', () => {
    render(<SiteFooter chrome={englishChrome} />);
    expect(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Links for staff' })).toHaveAttribute(
      'href',
      '/links-for-staff/',
    );
  });
});

describe('a moved page', () => {
  it('sends the browser on at once and offers a plain link to the new address', () => {
    const { container } = render(
      <MovedPage title="How dry needling differs from acupuncture" path="/dry-needling-and-acupuncture/" language={english} />,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('This page has moved');
    expect(screen.getByText(/^It is now at/)).toHaveTextContent(
      'It is now at How dry needling differs from acupuncture. If you saved or shared the old address, use this one from now on.',
    );
    expect(screen.getByRole('link', { name: 'How dry needling differs from acupuncture' })).toHaveAttribute(
      'href',
      '/dry-needling-and-acupuncture/',
    );
    expect(document.querySelector('meta[http-equiv="refresh"]') ?? container.querySelector('meta[http-equiv="refresh"]')).toHaveAttribute(
      'content',
      '0; url=/dry-needling-and-acupuncture/',
    );
  });
});

describe('structured data', () => {
  it('is JSON that parses back to what was given', () => {
    const { container } = render(<JsonLd data={websiteJsonLd(english, riverbendClinic)} />);
    const script = container.querySelector('script[type="application/ld+json"]');
    expect(JSON.parse(script?.textContent ?? '')).toEqual(websiteJsonLd(english, riverbendClinic));
  });
});
