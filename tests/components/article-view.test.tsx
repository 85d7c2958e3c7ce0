import { english } from '@/lib/i18n/languages';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ArticlePager } from '@/components/article-pager';
import { ArticleView } from '@/components/article-view';
import { statesNotAvailable } from '@/lib/content/availability';
import { answersByState } from '@/lib/content/state-answers';
import { afterEffectsArticle, clinicalReviewer, fixtureAvailability, fixtureSource } from '../fixtures/articles';
import type { PageReviews } from '@/lib/content/review-coverage';
import { desert } from '../fixtures/locations';

function renderArticle(overrides: Partial<typeof afterEffectsArticle> = {}, reviews: PageReviews = {}) {
  const article = { ...afterEffectsArticle, ...overrides };
  return render(
    <ArticleView language={english}
      article={article}
      source={fixtureSource}
      reviews={reviews}
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

  it('names who reviewed the page and when, while a review covers its words', () => {
    renderArticle({}, { clinical: { reviewer: clinicalReviewer, date: '2024-07-22' } });
    expect(screen.getByText(/^Reviewed by/)).toHaveTextContent('Reviewed by Ana Rivera, PT, DPT, on July 22, 2024.');
    expect(screen.queryByText(/No named reviewer/)).toBeNull();
  });

  it('says that no named reviewer has checked it, and to ask the physical therapist, when no review covers its words', () => {
    renderArticle();
    expect(screen.getByText(/No named reviewer/)).toHaveTextContent(
      "No named reviewer has checked this page against the clinic's article yet. If something here matters for your care, ask your physical therapist.",
    );
    expect(screen.queryByText(/Reviewed by/)).toBeNull();
  });

  it("says in one line, just before who reviewed it, which article of the clinic's the page is based on", () => {
    renderArticle({}, { clinical: { reviewer: clinicalReviewer, date: '2024-07-22' } });
    const provenance = screen.getByText(/^This page is based on/);
    expect(provenance).toHaveTextContent('This page is based on the clinic\'s article "Dry needling in physical therapy" of July 22, 2024.');
    expect(provenance.nextElementSibling).toHaveTextContent(/^Reviewed by Ana Rivera/);
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
