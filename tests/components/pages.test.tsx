import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ArticlePage from '@/app/[slug]/page';
import HomePage from '@/app/page';
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
});
