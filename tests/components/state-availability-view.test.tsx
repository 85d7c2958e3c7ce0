import { english } from '@/lib/i18n/languages';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StateAvailabilityView } from '@/components/state-availability-view';
import type { StateAvailability } from '@/lib/content/availability';
import type { Location } from '@/lib/content/locations';
import { SECTION_HEADING_CLASS } from '@/lib/content/markdown';
import { answerFor } from '@/lib/content/state-answers';
import { fixtureAvailability, fixtureSource } from '../fixtures/articles';
import { desert, greenMountain, riverbend } from '../fixtures/locations';

// The fixture's article names 2 states (Alaska, Texas) as not available.
const NOT_AVAILABLE_COUNT = 2;

const OTHER_STATES_LISTED = 'Locations in other states that offer it are listed below.';

function fixtureState(code: StateAvailability['code']): StateAvailability {
  const state = fixtureAvailability.states.find((candidate) => candidate.code === code);
  if (!state) throw new Error(`fixtureAvailability has no ${code}`);
  return state;
}

interface Options {
  readonly locations?: readonly Location[];
  readonly elsewhere?: readonly Location[];
  readonly exampleLocations?: boolean;
  readonly checked?: string;
}

function renderState(code: StateAvailability['code'], { locations = [], elsewhere = [], exampleLocations = false, checked }: Options = {}) {
  return render(
    <StateAvailabilityView language={english}
      answer={answerFor(fixtureState(code), locations)}
      notAvailableCount={NOT_AVAILABLE_COUNT}
      elsewhere={elsewhere}
      exampleLocations={exampleLocations}
      availabilityPath="/availability/"
      locationsPath="/locations/"
      source={fixtureSource}
      reviews={{}}
      checked={checked}
    />,
  );
}

function listedLocationNames(): string[] {
  return screen.queryAllByRole('heading', { level: 3 }).map((heading) => heading.textContent ?? '');
}

/** The page's words from the title to the first section: the answer a reader meets first. */
function answerText(): string {
  const words: string[] = [];
  let element = screen.getByRole('heading', { level: 1 }).nextElementSibling;
  while (element && !element.querySelector('h2')) {
    words.push(element.textContent ?? '');
    element = element.nextElementSibling;
  }
  return words.join(' ');
}

/** True when `first` comes before `second` in the page. */
function isBefore(first: Element, second: Element): boolean {
  return Boolean(first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING);
}

describe('StateAvailabilityView, case 1: the clinic article says dry needling is not available', () => {
  it('says exactly that, under a heading with the state name', () => {
    renderState('AK', { elsewhere: [desert] });
    expect(screen.getAllByRole('heading', { level: 1 }).map((heading) => heading.textContent)).toEqual(['Dry needling in Alaska']);
    expect(answerText()).toMatch(/^Dry needling is not available in Alaska\. The clinic's article says so\. /);
    expect(screen.getByText('Ask your physical therapist in Anchorage.')).toBeInTheDocument();
  });

  it('sends the reader to their physical therapist about other treatments, and lists the locations in other states', () => {
    renderState('AK', { elsewhere: [desert] });
    expect(screen.getByText(/^Talk to your physical therapist about other treatments\./)).toBeInTheDocument();
    const section = screen.getByRole('region', { name: 'Locations in other states that offer dry needling' });
    expect(within(section).getByRole('heading', { level: 3 })).toHaveTextContent('Desert Physical Therapy');
  });

  it('shows no list of locations when no location anywhere offers it, and says none is listed', () => {
    renderState('AK');
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(listedLocationNames()).toEqual([]);
    expect(screen.queryByText(OTHER_STATES_LISTED)).not.toBeInTheDocument();
  });
});

describe('StateAvailabilityView, case 2: a location in the state offers it', () => {
  it('says it is offered at the locations listed, and lists only those', () => {
    renderState('AZ', { locations: [desert, riverbend], elsewhere: [riverbend] });
    expect(answerText()).toBe("Dry needling is offered at the clinic's location in Arizona. It is listed below.");
    expect(screen.getByRole('heading', { level: 2, name: 'Locations in Arizona that offer dry needling' })).toBeInTheDocument();
    expect(listedLocationNames()).toEqual(['Desert Physical Therapy']);
    expect(screen.getByRole('link', { name: '602-555-0111' })).toHaveAttribute('href', 'tel:+16025550111');
    expect(screen.getByRole('link', { name: '602-555-0111' }).parentElement).toHaveTextContent(/^Phone: 602-555-0111$/);
    expect(screen.queryByText(OTHER_STATES_LISTED)).not.toBeInTheDocument();
  });

  it('counts the locations when there are several', () => {
    const mesa: Location = { ...desert, name: 'Mesa Physical Therapy', phone: '480-555-0190' };
    renderState('AZ', { locations: [desert, mesa] });
    expect(answerText()).toBe("Dry needling is offered at both of the clinic's locations in Arizona. They are listed below.");
  });

  it('tells the reader to call a location', () => {
    renderState('AZ', { locations: [desert] });
    expect(screen.getByText(/^Call a location below to ask about dry needling\./)).toBeInTheDocument();
  });
});

describe('StateAvailabilityView, case 3: the article does not name the state and no location there offers it', () => {
  it('says so plainly: the article names other states, and no location in this one offers it', () => {
    renderState('VT', { locations: [greenMountain], elsewhere: [desert] });
    expect(answerText()).toMatch(
      /^The clinic's article names 2 states where dry needling is not available\. Vermont is not one of them\. The clinic has no location in Vermont that offers dry needling\./,
    );
  });

  it('tells the reader how to find out, and lists the locations in other states', () => {
    renderState('VT', { locations: [greenMountain], elsewhere: [desert] });
    expect(
      screen.getByText("To find out if you can get it in Vermont, ask your physical therapist. Or call one of the clinic's locations."),
    ).toBeInTheDocument();
    expect(screen.getByText(OTHER_STATES_LISTED)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Locations in other states that offer dry needling' })).toBeInTheDocument();
    expect(listedLocationNames()).toEqual(['Desert Physical Therapy']);
  });

  it('says nothing of other states when no location anywhere offers it', () => {
    renderState('VT', { locations: [greenMountain] });
    expect(screen.queryByText(OTHER_STATES_LISTED)).not.toBeInTheDocument();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('never says dry needling is offered in the state', () => {
    renderState('VT', { locations: [greenMountain], elsewhere: [desert], exampleLocations: true });
    expect(screen.getByRole('article').textContent).not.toMatch(/offered in Vermont|available in Vermont/);
  });

  it('starts a sentence about the District of Columbia with a capital letter', () => {
    const dc: StateAvailability = { code: 'DC', name: 'District of Columbia', notAvailable: false };
    render(
      <StateAvailabilityView language={english}
        answer={answerFor(dc, [])}
        notAvailableCount={1}
        elsewhere={[]}
        exampleLocations={false}
        availabilityPath="/availability/"
        locationsPath="/locations/"
        source={fixtureSource}
        reviews={{}}
      />,
    );
    expect(answerText()).toMatch(/^The clinic's article names 1 state where dry needling is not available\. The District of Columbia is not one of them\./);
  });
});

describe('StateAvailabilityView with the example locations', () => {
  const notice = () => screen.getByText('The clinic locations on this page are example data.');

  it('says they are examples before the first sentence that depends on them, and before "Call a location below"', () => {
    renderState('AZ', { locations: [desert], exampleLocations: true });
    expect(isBefore(notice(), screen.getByText(/^Dry needling is offered at the clinic's location/))).toBe(true);
    expect(isBefore(notice(), screen.getByText(/^Call a location below/))).toBe(true);
    expect(isBefore(notice(), screen.getByRole('link', { name: '602-555-0111' }))).toBe(true);
  });

  it('puts what the clinic article says first, then the notice, then what the locations say', () => {
    renderState('VT', { locations: [greenMountain], elsewhere: [desert], exampleLocations: true });
    expect(isBefore(screen.getByText(/Vermont is not one of them\.$/), notice())).toBe(true);
    expect(isBefore(notice(), screen.getByText('The clinic has no location in Vermont that offers dry needling.'))).toBe(true);
  });

  it('says the link to the locations goes to example data', () => {
    renderState('AZ', { locations: [desert], exampleLocations: true });
    expect(screen.getByRole('link', { name: "See the clinic's locations (example data, not real clinics)" })).toHaveAttribute('href', '/locations/');
  });

  it('says nothing about example data once the clinic has put in its real locations', () => {
    renderState('AZ', { locations: [desert] });
    expect(screen.queryByText(/example data/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: "See all of the clinic's locations" })).toHaveAttribute('href', '/locations/');
  });

  it('says they are examples before the locations in other states, where the article says it is not available', () => {
    renderState('AK', { elsewhere: [desert], exampleLocations: true });
    expect(isBefore(notice(), screen.getByRole('heading', { level: 3, name: 'Desert Physical Therapy' }))).toBe(true);
  });

  it('says they are examples before saying no location in the state offers it, even with none listed elsewhere', () => {
    renderState('VT', { locations: [greenMountain], exampleLocations: true });
    expect(isBefore(notice(), screen.getByText('The clinic has no location in Vermont that offers dry needling.'))).toBe(true);
  });

  it('shows no notice on a page that shows no location and says nothing about any', () => {
    renderState('AK', { exampleLocations: true });
    expect(screen.queryByText(/example data\./)).not.toBeInTheDocument();
  });
});

describe('StateAvailabilityView: sections, sources and dates', () => {
  it('gives every section heading an id and a link to itself, like the articles', () => {
    renderState('AZ', { locations: [desert] });
    const headings = screen.getAllByRole('heading', { level: 2 });
    expect(headings.map((heading) => heading.textContent)).toEqual([
      'What to do next',
      'Locations in Arizona that offer dry needling',
      'Talk to your physical therapist',
    ]);
    for (const heading of headings) {
      expect(heading.id).not.toBe('');
      // The stylesheet sets a heading and its link the same way on every page by this class.
      expect(heading.parentElement).toHaveClass(SECTION_HEADING_CLASS);
      expect(screen.getByRole('link', { name: `Link to section: ${heading.textContent}` })).toHaveAttribute('href', `#${heading.id}`);
    }
  });

  it("names the clinic's article it is based on, beside who reviewed the list of states", () => {
    renderState('AZ', { locations: [desert] });
    const provenance = screen.getByText(/^This page is based on/);
    expect(provenance).toHaveTextContent('This page is based on the clinic\'s article "Dry needling in physical therapy" of July 22, 2024.');
    expect(provenance.parentElement).toHaveTextContent("No named reviewer has checked this page against the clinic's article yet.");
    expect(screen.queryByText(/checked this list/)).not.toBeInTheDocument();
  });

  it('shows the day a person checked the list of states as well, named for what it is, once an editor has set one', () => {
    renderState('AZ', { locations: [desert], checked: '2025-03-04' });
    expect(screen.getByText('A person at the clinic last checked this list on March 4, 2025.')).toBeInTheDocument();
    expect(screen.getByText(/^This page is based on/)).toHaveTextContent('of July 22, 2024.');
  });

  it('links back to the list of states and to every location', () => {
    renderState('AZ', { locations: [desert] });
    expect(screen.getByRole('link', { name: 'See the list of every state' })).toHaveAttribute('href', '/availability/');
  });
});
