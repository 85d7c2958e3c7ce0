import { describe, expect, it } from 'vitest';
import { answerFor, answersByState } from '@/lib/content/state-answers';
import { fixtureAvailability } from '@/tests/fixtures/articles';
import { desert, greenMountain, riverbend } from '@/tests/fixtures/locations';

// The fixture: the article "says" Alaska and Texas are not available, and names neither Arizona nor Vermont.
describe('answersByState: the three cases, from the data alone', () => {
  it('puts each state in one case: not available, offered at locations there, or not stated', () => {
    const answers = answersByState(fixtureAvailability, [desert, greenMountain]);
    expect(answers.map((answer) => [answer.state.code, answer.kind])).toEqual([
      ['AK', 'not-available'],
      ['AZ', 'offered-at-locations'],
      ['TX', 'not-available'],
      ['VT', 'not-stated'],
    ]);
  });

  it('lists the locations in the state that offer dry needling, and no others', () => {
    const canyon = { ...desert, name: 'Canyon Physical Therapy', offersDryNeedling: false };
    const answer = answerFor(fixtureAvailability.states[1]!, [desert, canyon, riverbend]);
    expect(answer.kind === 'offered-at-locations' && answer.locations.map((location) => location.name)).toEqual(['Desert Physical Therapy']);
  });

  it('says "not stated" for a state whose only location does not offer it', () => {
    expect(answerFor(fixtureAvailability.states[3]!, [greenMountain]).kind).toBe('not-stated');
  });

  it("keeps what the clinic's article says when a location there is marked as offering it", () => {
    // The locations check refuses such a file; the article still decides what a page says.
    expect(answerFor(fixtureAvailability.states[2]!, [riverbend]).kind).toBe('not-available');
  });
});
