import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PageReview } from '@/components/page-review';
import { english, spanish } from '@/lib/i18n/languages';
import { clinicalReviewer, fixtureSource, translationReviewer } from '../fixtures/articles';

const reviewed = { clinical: { reviewer: clinicalReviewer, date: '2024-07-22' } };

describe('PageReview', () => {
  it('names the clinical reviewer, their credentials and the day, beside the source', () => {
    render(<PageReview reviews={reviewed} source={fixtureSource} language={english} />);
    expect(screen.getByText(/^This page is based on/)).toBeInTheDocument();
    expect(screen.getByText(/^Reviewed by/)).toHaveTextContent('Reviewed by Ana Rivera, PT, DPT, on July 22, 2024.');
    expect(screen.queryByText(/No named reviewer/)).toBeNull();
  });

  it('says, in calm words, that no named reviewer has checked the page, and sends the reader to their physical therapist', () => {
    render(<PageReview reviews={{}} source={fixtureSource} language={english} />);
    expect(screen.getByText(/^No named reviewer/)).toHaveTextContent(
      "No named reviewer has checked this page against the clinic's article yet. If something here matters for your care, ask your physical therapist.",
    );
    expect(screen.queryByText(/reviewed by/i)).toBeNull();
  });

  it('says so when the reviewer is one of the examples the site ships with', () => {
    render(<PageReview reviews={{ clinical: { reviewer: { ...clinicalReviewer, example: true }, date: '2024-07-22' } }} source={fixtureSource} language={english} />);
    expect(screen.getByText(/^Reviewed by/)).toHaveTextContent(
      'Reviewed by Ana Rivera, PT, DPT, on July 22, 2024. This name is an example, not a real person: the clinic has not named its reviewers yet.',
    );
  });

  it('names the translator too on a reviewed translation, in Spanish', () => {
    render(
      <PageReview reviews={{ ...reviewed, translation: { reviewer: translationReviewer, date: '2024-08-01' } }} source={fixtureSource} language={spanish} />,
    );
    expect(screen.getByText(/^Revisado por/)).toHaveTextContent('Revisado por Ana Rivera, PT, DPT, el 22 de julio de 2024.');
    expect(screen.getByText(/^Traducción revisada por/)).toHaveTextContent('Traducción revisada por Lucía Méndez, certified translator, el 1 de agosto de 2024.');
  });

  it('on a reviewed translation whose English page has no review, names the translator and says no named reviewer checked the words', () => {
    render(<PageReview reviews={{ translation: { reviewer: translationReviewer, date: '2024-08-01' } }} source={fixtureSource} language={spanish} />);
    expect(screen.getByText(/^Ninguna persona con nombre/)).toHaveTextContent(
      'Ninguna persona con nombre ha comparado todavía esta página con el artículo de la clínica. Si algo de aquí es importante para su cuidado, pregúntele a su fisioterapeuta.',
    );
    expect(screen.queryByText(/^Revisado por/)).toBeNull();
    expect(screen.getByText(/^Traducción revisada por/)).toBeInTheDocument();
  });

  it("on an unreviewed translation, names the English page's review as the English page's, not its own", () => {
    render(<PageReview reviews={{ original: { reviewer: clinicalReviewer, date: '2024-07-22' } }} source={fixtureSource} language={spanish} />);
    expect(screen.getByText(/^Esta página es una traducción/)).toHaveTextContent(
      'Esta página es una traducción de la página en inglés tal como la revisó Ana Rivera, PT, DPT, el 22 de julio de 2024.',
    );
    expect(screen.queryByText(/^Revisado por/)).toBeNull();
    expect(screen.queryByText(/^Ninguna persona con nombre/)).toBeNull();
  });
});

