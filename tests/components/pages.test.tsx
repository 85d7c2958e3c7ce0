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

  it("says on the home page where the clinic's article says dry needling is not available, and nothing more", async () => {
    render(await Page(at('/')));
    expect(screen.getByText(/^The clinic's article says/)).toHaveTextContent(
      "The clinic's article says dry needling is not available in California, Hawaii, New York, and Oregon.",
    );
    expect(screen.queryByText(/offered in (every|all)/)).not.toBeInTheDocument();
  });

  it('shows an article with its title, that no named reviewer has checked it yet, notice and next topic', async () => {
    const [first, second] = articles;
    render(await Page(at(first?.path ?? '')));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(first?.title ?? '');
    expect(screen.getByText(/^No named reviewer has checked this page/)).toBeInTheDocument();
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

  it('lists every article on the staff page, in reading order, then the emails about each state', async () => {
    render(await Page(at('/links-for-staff/')));
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual([
      ...articles.map((article) => article.title),
      'Emails about each state',
    ]);
  });
});

describe('state and location pages built from the real content', () => {
  const texas = '/availability/texas/';
  const california = '/availability/california/';

  it('answers for Texas, where locations offer dry needling, and lists the Texas locations that offer it', async () => {
    render(await Page(at(texas)));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Dry needling in Texas');
    expect(screen.getByText(/^Dry needling is offered at both of the clinic's locations in Texas\./)).toBeInTheDocument();
    const section = screen.getByRole('region', { name: 'Locations in Texas that offer dry needling' });
    for (const link of within(section).getAllByRole('link')) expect(link.getAttribute('href')).toMatch(/^tel:\+1\d{10}|^#/);
  });

  it("answers for California as the clinic's article does, and sends the reader to their physical therapist", async () => {
    render(await Page(at(california)));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Dry needling in California');
    expect(screen.getByText("Dry needling is not available in California. The clinic's article says so.")).toBeInTheDocument();
    expect(screen.getByText(/^Talk to your physical therapist about other treatments\./)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Locations in other states that offer dry needling' })).not.toHaveTextContent(', CA ');
  });

  it('answers for Vermont, which the article does not name and where no location offers it, without saying "offered"', async () => {
    render(await Page(at('/availability/vermont/')));
    expect(screen.getByText(/Vermont is not one of them\.$/)).toBeInTheDocument();
    expect(screen.getByText('The clinic has no location in Vermont that offers dry needling.')).toBeInTheDocument();
    expect(screen.getByRole('article').textContent).not.toMatch(/offered in Vermont/);
  });

  it('names the source article on a state page, and carries its JSON-LD', async () => {
    const { container } = render(await Page(at(texas)));
    expect(screen.getByText(/^This page is based on the clinic's article "Dry needling in physical therapy" of July 22, 2024\.$/)).toBeInTheDocument();
    const data = JSON.parse(container.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
    expect(data).toMatchObject({ '@type': 'MedicalWebPage', name: 'Dry needling in Texas', spatialCoverage: { name: 'Texas' } });
  });

  it('puts the state name in the page title', async () => {
    expect((await generateMetadata(at(texas))).title).toEqual({ absolute: 'Dry needling in Texas | Dry needling in physical therapy' });
  });

  it('lists the real locations by state, saying they are example data while they are', async () => {
    const { example } = await loadLocations();
    render(await Page(at('/locations/')));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Clinic locations');
    expect(screen.queryByText('The clinic locations on this page are example data.') !== null).toBe(example);
    expect(screen.getByRole('link', { name: 'Check if dry needling is offered in your state' })).toHaveAttribute('href', '/availability/');
  });
});
