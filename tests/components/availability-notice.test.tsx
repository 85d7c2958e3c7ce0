import { english } from '@/lib/i18n/languages/en';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AvailabilityNotice } from '@/components/availability-notice';
import { statesWithoutDryNeedling } from '@/lib/content/availability';
import { fixtureAvailability, paragraphStartingWith } from '../fixtures/articles';

describe('AvailabilityNotice', () => {
  it('lists exactly the states the data marks as not available', () => {
    render(<AvailabilityNotice language={english} unavailable={statesWithoutDryNeedling(fixtureAvailability)} availabilityHref="/availability/" />);
    expect(screen.getByText(paragraphStartingWith('Dry needling is'))).toHaveTextContent('Dry needling is not offered in Alaska and Texas.');
    expect(screen.queryByText(/Arizona|Vermont/)).not.toBeInTheDocument();
  });

  it('names the District of Columbia the way a sentence does', () => {
    const unavailable = [
      { code: 'DC', name: 'District of Columbia', available: false },
      { code: 'HI', name: 'Hawaii', available: false },
    ] as const;
    render(<AvailabilityNotice language={english} unavailable={unavailable} availabilityHref="/availability/" />);
    expect(screen.getByText(paragraphStartingWith('Dry needling is'))).toHaveTextContent(
      'Dry needling is not offered in the District of Columbia and Hawaii.',
    );
  });

  it('says dry needling is offered everywhere when no state is marked not available', () => {
    render(<AvailabilityNotice language={english} unavailable={[]} availabilityHref="/availability/" />);
    expect(screen.getByText('Dry needling is offered in every US state and the District of Columbia.')).toBeInTheDocument();
  });

  it('links to the page that lists every state', () => {
    render(<AvailabilityNotice language={english} unavailable={statesWithoutDryNeedling(fixtureAvailability)} availabilityHref="/where-offered/" />);
    expect(screen.getByRole('link', { name: 'Check if dry needling is offered in your state' })).toHaveAttribute(
      'href',
      '/where-offered/',
    );
  });
});
