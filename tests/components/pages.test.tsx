import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import Page, { generateMetadata } from '@/app/[[...path]]/page';
import { listAliases } from '@/lib/site/aliases';
import { loadArticles } from '@/lib/content/articles';
import { loadLocations } from '@/lib/content/locations';

const articles = await loadArticles();

/** The page the catch-all route renders at an address: /availability/texas/ → ['availability', 'texas']. */
function at(path: string) {
  return { params: Promise.resolve({ path: path.split('/').filter(Boolean) }) };
}

describe('pages built from the real content', () => {
  it('links the home page to every article in reading order', async () => {
    render(await Page(at('/')));
    const topics = within(screen.getByRole('list'))
      .getAllByRole('link')
      .map((link) => [link.getAttribute('href'), link.textContent]);
    expect(topics).toEqual(articles.map((article) => [article.path, article.title]));
  });

  it('shows an article with its title, review dates, notice and next topic', async () => {
    const [first, second] = articles;
    render(await Page(at(first?.path ?? '')));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(first?.title ?? '');
    expect(screen.getByText(/Page last reviewed/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Check if dry needling is offered in your state' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Next topic: ${second?.title}` })).toHaveAttribute('href', second?.path);
  });

  it('shows an article with breadcrumbs from the home page', async () => {
    const [first] = articles;
    render(await Page(at(first?.path ?? '')));
    const trail = within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getAllByRole('link');
    expect(trail.map((link) => link.textContent)).toEqual(['Home', first?.title]);
  });

  it('shows an old address as a page that has moved, linking to its article', async () => {
    const [alias] = listAliases(articles);
    expect(alias).toBeDefined();
    render(await Page(at(alias?.path ?? '')));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('This page has moved');
    expect(screen.getByRole('link', { name: alias?.target.title })).toHaveAttribute('href', alias?.target.path);
  });

  it('lists every article on the staff page, in reading order', async () => {
    render(await Page(at('/links-for-staff/')));
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(
      articles.map((article) => article.title),
    );
  });
});

describe('state and location pages built from the real content', () => {
  const texas = '/availability/texas/';
  const california = '/availability/california/';

  it('answers for Texas, where dry needling is offered, and lists the Texas locations that offer it', async () => {
    render(await Page(at(texas)));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Dry needling in Texas');
    expect(screen.getByText('Dry needling is offered in Texas.')).toBeInTheDocument();
    const section = screen.getByRole('region', { name: 'Locations in Texas that offer dry needling' });
    for (const link of within(section).getAllByRole('link')) expect(link.getAttribute('href')).toMatch(/^tel:\+1\d{10}$/);
  });

  it('answers for California, where dry needling is not offered, and sends the reader to their physical therapist', async () => {
    render(await Page(at(california)));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Dry needling in California');
    expect(screen.getByText(/^Talk to your physical therapist about other treatments\./)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Locations in other states that offer dry needling' })).not.toHaveTextContent(', CA ');
  });

  it('puts the state name in the page title', async () => {
    expect((await generateMetadata(at(texas))).title).toEqual({ absolute: 'Dry needling in Texas | Dry needling in physical therapy' });
  });

  it('lists the real locations by state, saying they are example data while they are', async () => {
    const { example } = await loadLocations();
    render(await Page(at('/locations/')));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Clinic locations');
    expect(screen.queryByText('These locations are example data.') !== null).toBe(example);
    expect(screen.getByRole('link', { name: 'Check if dry needling is offered in your state' })).toHaveAttribute('href', '/availability/');
  });
});
