import { english } from '@/lib/i18n/languages/en';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StateAvailabilityView } from '@/components/state-availability-view';
import type { StateAvailability } from '@/lib/content/availability';
import type { Location } from '@/lib/content/locations';
import { fixtureAvailability } from '../fixtures/articles';
import { desert, riverbend } from '../fixtures/locations';

function fixtureState(code: StateAvailability['code']): StateAvailability {
  const state = fixtureAvailability.states.find((candidate) => candidate.code === code);
  if (!state) throw new Error(`fixtureAvailability has no ${code}`);
  return state;
}

function renderState(code: StateAvailability['code'], inState: readonly Location[], elsewhere: readonly Location[], exampleLocations = false) {
  return render(
    <StateAvailabilityView language={english}
      state={fixtureState(code)}
      lastChecked={fixtureAvailability.lastChecked}
      inState={inState}
      elsewhere={elsewhere}
      exampleLocations={exampleLocations}
      availabilityPath="/availability/"
      locationsPath="/locations/"
    />,
  );
}

function listedLocationNames(): string[] {
  return screen.queryAllByRole('heading', { level: 3 }).map((heading) => heading.textContent ?? '');
}

describe('StateAvailabilityView where dry needling is offered and a location in the state offers it', () => {
  it('answers in words under a heading with the state name, and says when the data was checked', () => {
    renderState('AZ', [desert], [riverbend]);
    expect(screen.getAllByRole('heading', { level: 1 }).map((heading) => heading.textContent)).toEqual(['Dry needling in Arizona']);
    expect(screen.getByText('Dry needling is offered in Arizona.')).toBeInTheDocument();
    expect(screen.getByText(/^Last checked/)).toHaveTextContent('Last checked March 4, 2025.');
  });

  it('lists the locations in the state that offer it, with a phone number to tap, and not the others', () => {
    renderState('AZ', [desert], [riverbend]);
    expect(screen.getByRole('heading', { level: 2, name: 'Locations in Arizona that offer dry needling' })).toBeInTheDocument();
    expect(listedLocationNames()).toEqual(['Desert Physical Therapy']);
    expect(screen.getByRole('link', { name: '602-555-0111' })).toHaveAttribute('href', 'tel:+16025550111');
    expect(screen.queryByRole('heading', { name: /other states/ })).not.toBeInTheDocument();
  });

  it('links back to the list of states and to every location', () => {
    renderState('AZ', [desert], []);
    expect(screen.getByRole('link', { name: 'See where dry needling is offered in every state' })).toHaveAttribute('href', '/availability/');
    expect(screen.getByRole('link', { name: "See all of the clinic's locations" })).toHaveAttribute('href', '/locations/');
  });
});

describe('StateAvailabilityView where dry needling is offered but no location in the state offers it', () => {
  it('says there is none, shows the note and points to the locations in other states', () => {
    renderState('VT', [], [desert, riverbend]);
    expect(screen.getByText('Dry needling is offered in Vermont.')).toBeInTheDocument();
    expect(screen.getByText('Offered at the Burlington clinic only.')).toBeInTheDocument();
    expect(screen.getByText("None of the clinic's locations in Vermont offers dry needling.")).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Locations in other states that offer dry needling' })).toBeInTheDocument();
    expect(listedLocationNames()).toEqual(['Desert Physical Therapy', 'Riverbend Physical Therapy']);
  });
});

describe('StateAvailabilityView where dry needling is not offered', () => {
  it('says so in words and sends the reader to their physical therapist about other treatments', () => {
    renderState('AK', [], [desert]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Dry needling in Alaska');
    expect(screen.getByText((_, element) => element?.tagName === 'P' && element.textContent === 'Dry needling is not offered in Alaska.')).toBeInTheDocument();
    expect(screen.getByText('Our Anchorage clinic stopped offering it in 2025.')).toBeInTheDocument();
    expect(screen.getByText(/^Talk to your physical therapist about other treatments\./)).toBeInTheDocument();
  });

  it('lists the locations in other states that offer it', () => {
    renderState('AK', [], [desert]);
    const section = screen.getByRole('region', { name: 'Locations in other states that offer dry needling' });
    expect(within(section).getByRole('heading', { level: 3 })).toHaveTextContent('Desert Physical Therapy');
  });

  it('shows no list of locations when no location anywhere offers it', () => {
    renderState('AK', [], []);
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(listedLocationNames()).toEqual([]);
  });
});

describe('StateAvailabilityView with the example locations', () => {
  it('says the listed locations are example data while they are', () => {
    renderState('AZ', [desert], [], true);
    expect(screen.getByText('These locations are example data.')).toBeInTheDocument();
  });

  it('says nothing about example data once the clinic has put in its real locations', () => {
    renderState('AZ', [desert], [], false);
    expect(screen.queryByText(/example data/)).not.toBeInTheDocument();
  });
});
