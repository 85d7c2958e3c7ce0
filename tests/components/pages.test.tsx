import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ArticlePage from '@/app/[slug]/page';
import StaffLinksPage from '@/app/links-for-staff/page';
import HomePage from '@/app/page';
import { listAliases } from '@/lib/aliases';
import { loadArticles } from '@/lib/articles';

const articles = await loadArticles();

describe('pages built from the real content', () => {
  it('links the home page to every article in reading order', async () => {
    render(await HomePage());
    const topics = within(screen.getByRole('list'))
      .getAllByRole('link')
      .map((link) => [link.getAttribute('href'), link.textContent]);
    expect(topics).toEqual(articles.map((article) => [article.path, article.title]));
  });

  it('shows an article with its title, review dates, notice and next topic', async () => {
    const [first, second] = articles;
    render(await ArticlePage({ params: Promise.resolve({ slug: first?.slug ?? '' }) }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(first?.title ?? '');
    expect(screen.getByText(/Page last reviewed/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Check if dry needling is offered in your state' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Next topic: ${second?.title}` })).toHaveAttribute('href', second?.path);
  });

  it('shows an article with breadcrumbs from the home page', async () => {
    const [first] = articles;
    render(await ArticlePage({ params: Promise.resolve({ slug: first?.slug ?? '' }) }));
    const trail = within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getAllByRole('link');
    expect(trail.map((link) => link.textContent)).toEqual(['Home', first?.title]);
  });

  it('shows an old address as a page that has moved, linking to its article', async () => {
    const [alias] = listAliases(articles);
    expect(alias).toBeDefined();
    render(await ArticlePage({ params: Promise.resolve({ slug: alias?.slug ?? '' }) }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('This page has moved');
    expect(screen.getByRole('link', { name: alias?.target.title })).toHaveAttribute('href', alias?.target.path);
  });

  it('lists every article on the staff page, in reading order', async () => {
    render(await StaffLinksPage());
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(
      articles.map((article) => article.title),
    );
  });
});
