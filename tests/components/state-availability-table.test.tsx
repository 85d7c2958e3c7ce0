import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StateAvailabilityTable } from '@/components/state-availability-table';
import { fixtureAvailability } from '../fixtures/articles';

describe('StateAvailabilityTable', () => {
  it('has one row for every state in the data, answering yes or no', () => {
    render(<StateAvailabilityTable availability={fixtureAvailability} />);
    const table = screen.getByRole('table');
    const answers = Object.fromEntries(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => [within(row).getByRole('rowheader').textContent, within(row).getByRole('cell').textContent]),
    );
    expect(answers).toEqual({
      Alaska: 'NoOur Anchorage clinic stopped offering it in 2025.',
      Arizona: 'Yes',
      Texas: 'No',
      Vermont: 'YesOffered at the Burlington clinic only.',
    });
  });

  it('says when the list was last checked', () => {
    render(<StateAvailabilityTable availability={fixtureAvailability} />);
    expect(screen.getByRole('table')).toHaveAccessibleName(/Last checked March 4, 2025\./);
  });

  it('has a heading with an id the notice can link to', () => {
    render(<StateAvailabilityTable availability={fixtureAvailability} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Dry needling by state' })).toHaveAttribute('id', 'dry-needling-by-state');
  });
});
