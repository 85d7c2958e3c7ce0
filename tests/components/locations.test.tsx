import { english } from '@/lib/i18n/languages/en';
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
    expect(screen.getByRole('link', { name: 'Is dry needling offered in Texas?' })).toHaveAttribute('href', '/availability/texas/');
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

  it('says in words whether each location offers dry needling', () => {
    renderLocations();
    expect(within(screen.getByRole('region', { name: 'Texas' })).getByText('Offers dry needling')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Vermont' })).getByText('Does not offer dry needling')).toBeInTheDocument();
  });
});
