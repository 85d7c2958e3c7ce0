import { english } from '@/lib/i18n/languages';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StateDirectory } from '@/components/state-directory';
import { answersByState } from '@/lib/content/state-answers';
import { fixtureAvailability, fixtureSource } from '../fixtures/articles';
import { desert, greenMountain } from '../fixtures/locations';

// Alaska and Texas: the article says not available. Arizona: Desert Physical Therapy offers it.
// Vermont: neither (Green Mountain does not offer it).
const answers = answersByState(fixtureAvailability, [desert, greenMountain]);

function renderDirectory({ exampleLocations = false, checked }: { exampleLocations?: boolean; checked?: string } = {}) {
  return render(
    <StateDirectory language={english}
      answers={answers}
      source={fixtureSource}
      checked={checked}
      exampleLocations={exampleLocations}
      availabilityPath="/availability/"
      locationsPath="/locations/"
    />,
  );
}

function statusLines(): (string | null)[] {
  return screen
    .getAllByRole('listitem')
    .filter((item) => !item.closest('nav'))
    .map((item) => item.textContent);
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

  it('says in words which of the three cases each state is in, and "offered" only where a location offers it', () => {
    renderDirectory();
    expect(statusLines()).toEqual(['AlaskaNot available', 'ArizonaOffered at 1 location', 'TexasNot available', 'VermontNot known']);
  });

  it('sets "Not available" in bold, the one status that is the article\'s own answer', () => {
    renderDirectory();
    expect(screen.getAllByText('Not available').map((status) => status.tagName)).toEqual(['STRONG', 'STRONG']);
    expect(screen.getByText('Not known').tagName).toBe('SPAN');
    expect(screen.getByText('Offered at 1 location').tagName).toBe('SPAN');
  });

  it("dates the list by the clinic's article, under a heading the notice can link to", () => {
    renderDirectory();
    expect(screen.getByRole('heading', { level: 2, name: 'Dry needling by state' })).toHaveAttribute('id', 'dry-needling-by-state');
    expect(screen.getByText(/^The states where dry needling is not available/)).toHaveTextContent(
      "The states where dry needling is not available come from the clinic's article of July 22, 2024.",
    );
    expect(screen.queryByText(/checked/i)).not.toBeInTheDocument();
  });

  it('adds the day a person checked the list, named for what it is, once an editor has set one', () => {
    renderDirectory({ checked: '2025-03-04' });
    expect(screen.getByText(/^The states where dry needling is not available/)).toHaveTextContent(
      "The states where dry needling is not available come from the clinic's article of July 22, 2024. A person at the clinic last checked this list on March 4, 2025.",
    );
  });

  it('says the locations are examples before the first status that depends on them, and so does the link to them', () => {
    renderDirectory({ exampleLocations: true });
    const notice = screen.getByText('The clinic locations on this page are example data.');
    const firstStatus = screen.getByText('Offered at 1 location');
    expect(notice.compareDocumentPosition(firstStatus) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole('link', { name: "See the clinic's locations (example data, not real clinics)" })).toHaveAttribute(
      'href',
      '/locations/',
    );
  });

  it('says nothing about example data once the locations are real', () => {
    renderDirectory();
    expect(screen.queryByText(/example data/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: "See all of the clinic's locations" })).toHaveAttribute('href', '/locations/');
  });
});
