import { english } from '@/lib/i18n/languages';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ArticlePager } from '@/components/article-pager';
import { ArticleView } from '@/components/article-view';
import { statesNotAvailable } from '@/lib/content/availability';
import { answersByState } from '@/lib/content/state-answers';
import { afterEffectsArticle, fixtureAvailability, fixtureSource } from '../fixtures/articles';
import { desert } from '../fixtures/locations';

function renderArticle(overrides: Partial<typeof afterEffectsArticle> = {}) {
  const article = { ...afterEffectsArticle, ...overrides };
  return render(
    <ArticleView language={english}
      article={article}
      source={fixtureSource}
      notAvailable={statesNotAvailable(fixtureAvailability)}
      availabilityPath="/availability/"
      stateList={{ answers: answersByState(fixtureAvailability, [desert]), exampleLocations: true, locationsPath: '/locations/' }}
      previous={{ path: '/what-happens-at-a-visit/', title: 'What happens at a dry needling visit' }}
      next={{ path: '/what-it-treats/', title: 'What dry needling is used to treat' }}
    />,
  );
}

describe('ArticleView', () => {
  it('shows the title as the only level-1 heading, then the summary', () => {
    renderArticle();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(afterEffectsArticle.title);
    expect(screen.getByText(afterEffectsArticle.description)).toBeInTheDocument();
  });

  it('shows when the page was last reviewed and when its next review is due', () => {
    renderArticle();
    expect(screen.getByText(/Page last reviewed/).closest('p')).toHaveTextContent(
      'Page last reviewed: July 22, 2024 · Next review due: July 22, 2025',
    );
  });

  it("says in one line beside the review dates which article of the clinic's the page is based on", () => {
    renderArticle();
    const provenance = screen.getByText(/^This page is based on/);
    expect(provenance).toHaveTextContent('This page is based on the clinic\'s article "Dry needling in physical therapy" of July 22, 2024.');
    expect(provenance.nextElementSibling).toHaveTextContent(/^Page last reviewed:/);
  });

  it('says the page is information, not medical advice, and sends the reader to their physical therapist', () => {
    renderArticle();
    expect(screen.getByRole('heading', { name: 'Talk to your physical therapist' })).toBeInTheDocument();
    expect(screen.getByText(/It is not medical advice/)).toBeInTheDocument();
  });

  it('renders the article body with its linkable section headings', () => {
    renderArticle();
    expect(screen.getByRole('heading', { level: 2, name: 'What you may feel afterwards' })).toHaveAttribute(
      'id',
      'what-you-may-feel-afterwards',
    );
    expect(screen.getByText('Bruising where the needle went in')).toBeInTheDocument();
  });

  it('shows the compact availability notice on an ordinary article', () => {
    renderArticle();
    expect(screen.getByRole('link', { name: 'Check if dry needling is offered in your state' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'States by first letter' })).not.toBeInTheDocument();
    expect(screen.queryByText(/example data/)).not.toBeInTheDocument();
  });

  it('adds the list of every state on the article that asks for it, and points the notice at it', () => {
    renderArticle({ stateList: true, slug: 'availability', path: '/availability/' });
    expect(screen.getByRole('navigation', { name: 'States by first letter' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Texas' })).toHaveAttribute('href', '/availability/texas/');
    expect(screen.getByRole('link', { name: 'Check if dry needling is offered in your state' })).toHaveAttribute(
      'href',
      '#dry-needling-by-state',
    );
  });

  it('links to the previous and next topics by name', () => {
    renderArticle();
    const pager = screen.getByRole('navigation', { name: 'Previous and next topic' });
    expect(pager).toContainElement(screen.getByRole('link', { name: 'Previous topic: What happens at a dry needling visit' }));
    expect(screen.getByRole('link', { name: 'Next topic: What dry needling is used to treat' })).toHaveAttribute(
      'href',
      '/what-it-treats/',
    );
  });
});

describe('ArticlePager', () => {
  const topic = { path: '/what-it-treats/', title: 'What dry needling is used to treat' };

  it('shows no pager at all on the only topic, which has neither a previous nor a next one', () => {
    render(<ArticlePager language={english} />);
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('links to the next topic alone from the first', () => {
    render(<ArticlePager next={topic} language={english} />);
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(['Next topic: What dry needling is used to treat']);
  });

  it('links to the previous topic alone from the last', () => {
    render(<ArticlePager previous={topic} language={english} />);
    expect(screen.getAllByRole('link').map((link) => link.textContent)).toEqual(['Previous topic: What dry needling is used to treat']);
  });
});
