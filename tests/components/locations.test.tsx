import { english } from '@/lib/i18n/languages';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LocationsByState } from '@/components/locations-by-state';
import { desert, greenMountain, riverbend } from '../fixtures/locations';

function renderLocations() {
  return render(<LocationsByState language={english} locations={[riverbend, greenMountain, desert]} availabilityPath="/availability/" />);
}

describe('LocationsByState', () => {
  it('puts the locations under a heading for each state, in alphabetical order', () => {
    renderLocations();
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['Arizona', 'Texas', 'Vermont']);
    const texas = screen.getByRole('region', { name: 'Texas' });
    expect(within(texas).getByRole('heading', { level: 3 })).toHaveTextContent('Riverbend Physical Therapy');
  });

  it("links each state to its page about dry needling", () => {
    renderLocations();
    expect(screen.getByRole('link', { name: 'Dry needling in Texas' })).toHaveAttribute('href', '/availability/texas/');
  });

  it('shows the address as plain text a person can copy, one line for the street and one for the city', () => {
    const { container } = renderLocations();
    const addresses = [...container.querySelectorAll('address')];
    expect(addresses).toHaveLength(3);
    expect(addresses[1]).toContainHTML('1200 Example Avenue, Suite 4<br>Austin, TX 78701');
    expect(addresses[1]?.querySelector('a')).toBeNull();
  });

  it('makes each phone number a link that dials it, showing the number', () => {
    renderLocations();
    expect(screen.getByRole('link', { name: '(512) 555-0142' })).toHaveAttribute('href', 'tel:+15125550142');
    expect(screen.getByRole('link', { name: '(802) 555-0151' })).toHaveAttribute('href', 'tel:+18025550151');
  });

  it('says in words whether each location offers dry needling, as a labelled value rather than a bold line', () => {
    renderLocations();
    const status = (state: string) => {
      const term = within(screen.getByRole('region', { name: state })).getByRole('term');
      return [term.textContent, term.nextElementSibling?.tagName, term.nextElementSibling?.textContent];
    };
    expect(status('Texas')).toEqual(['Dry needling:', 'DD', 'Offered at this location']);
    expect(status('Vermont')).toEqual(['Dry needling:', 'DD', 'Not offered at this location']);
    expect(screen.getAllByRole('heading').map((heading) => heading.textContent)).not.toContain('Not offered at this location');
  });

  it('never words a state link as if dry needling were offered there', () => {
    renderLocations();
    expect(screen.queryByText(/offered in/)).not.toBeInTheDocument();
  });
});
