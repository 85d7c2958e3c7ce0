import { english } from '@/lib/i18n/languages/en';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StateDirectory } from '@/components/state-directory';
import { fixtureAvailability } from '../fixtures/articles';

function renderDirectory() {
  return render(<StateDirectory language={english} availability={fixtureAvailability} availabilityPath="/availability/" />);
}

describe('StateDirectory', () => {
  it('has jump links to the states under each first letter, and only letters that have states', () => {
    renderDirectory();
    const jumps = within(screen.getByRole('navigation', { name: 'States by first letter' })).getAllByRole('link');
    expect(jumps.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['States starting with A', '#states-a'],
      ['States starting with T', '#states-t'],
      ['States starting with V', '#states-v'],
    ]);
    for (const link of jumps) {
      expect(document.getElementById((link.getAttribute('href') ?? '').slice(1))).toHaveTextContent(link.textContent ?? '');
    }
  });

  it('links every state in the data to its own page, alphabetically', () => {
    renderDirectory();
    const states = screen.getAllByRole('link', { name: /^[A-Z][a-z]+$/ });
    expect(states.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Alaska', '/availability/alaska/'],
      ['Arizona', '/availability/arizona/'],
      ['Texas', '/availability/texas/'],
      ['Vermont', '/availability/vermont/'],
    ]);
  });

  it('says in words whether dry needling is offered in each state', () => {
    renderDirectory();
    const answers = screen.getAllByRole('listitem').filter((item) => !item.closest('nav')).map((item) => item.textContent);
    expect(answers).toEqual(['AlaskaNot offered', 'ArizonaOffered', 'TexasNot offered', 'VermontOffered']);
  });

  it('says when the list was last checked, under a heading the notice can link to', () => {
    renderDirectory();
    expect(screen.getByRole('heading', { level: 2, name: 'Dry needling by state' })).toHaveAttribute('id', 'dry-needling-by-state');
    expect(screen.getByText(/Last checked/)).toHaveTextContent('Last checked March 4, 2025.');
  });
});
