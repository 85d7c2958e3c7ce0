import { english } from '@/lib/i18n/languages';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AvailabilityNotice } from '@/components/availability-notice';
import { statesNotAvailable } from '@/lib/content/availability';
import { fixtureAvailability } from '../fixtures/articles';

describe('AvailabilityNotice', () => {
  it("says where the clinic's article says dry needling is not available: exactly the states the data marks", () => {
    render(<AvailabilityNotice language={english} notAvailable={statesNotAvailable(fixtureAvailability)} availabilityHref="/availability/" />);
    expect(screen.getByText(/^The clinic's article says/)).toHaveTextContent("The clinic's article says dry needling is not available in Alaska and Texas.");
    expect(screen.queryByText(/Arizona|Vermont/)).not.toBeInTheDocument();
  });

  it('names the District of Columbia the way a sentence does', () => {
    const notAvailable = [
      { code: 'DC', name: 'District of Columbia', notAvailable: true },
      { code: 'HI', name: 'Hawaii', notAvailable: true },
    ] as const;
    render(<AvailabilityNotice language={english} notAvailable={notAvailable} availabilityHref="/availability/" />);
    expect(screen.getByText(/^The clinic's article says/)).toHaveTextContent(
      "The clinic's article says dry needling is not available in the District of Columbia and Hawaii.",
    );
  });

  it('never says dry needling is offered everywhere when the article names no state', () => {
    render(<AvailabilityNotice language={english} notAvailable={[]} availabilityHref="/availability/" />);
    expect(screen.getByText("The clinic's article does not name any state where dry needling is not available.")).toBeInTheDocument();
    expect(screen.queryByText(/offered in every/)).not.toBeInTheDocument();
  });

  it('links to the page that lists every state', () => {
    render(<AvailabilityNotice language={english} notAvailable={statesNotAvailable(fixtureAvailability)} availabilityHref="/where-offered/" />);
    expect(screen.getByRole('link', { name: 'Check if dry needling is offered in your state' })).toHaveAttribute('href', '/where-offered/');
  });
});
