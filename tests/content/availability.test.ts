import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content/articles';
import { loadAvailability, statesNotAvailable } from '@/lib/content/availability';
import { readingLevel } from '@/lib/checks/readability';
import { editorialStandards } from '@/lib/content/editorial-standards';
import { loadLocations } from '@/lib/content/locations';
import { parseMarkdown } from '@/lib/content/markdown';
import { answersByState } from '@/lib/content/state-answers';
import { US_STATES } from '@/lib/i18n/us-states';
import { answerFromArticle, answerFromLocations, nextSteps } from '@/lib/site/phrases';

const availability = await loadAvailability();

describe('the real availability data in content/availability.yaml', () => {
  it('lists every state and DC exactly once', () => {
    expect(availability.states.map((state) => state.code).sort()).toEqual(Object.keys(US_STATES).sort());
  });

  it('marks exactly the states the clinic article names as not available', () => {
    expect(statesNotAvailable(availability).map((state) => state.name)).toEqual([
      'California',
      'Hawaii',
      'New York',
      'Oregon',
    ]);
  });

  it('is the only place the states are named: no article repeats them', async () => {
    const names = statesNotAvailable(availability).map((state) => state.name);
    for (const article of await loadArticles()) {
      const text = JSDOM.fragment(article.html).textContent ?? '';
      for (const name of names) expect(text, `${article.file} names ${name}`).not.toContain(name);
    }
  });

  it('gives every state page an answer that reads at the grade patient pages must not exceed', async () => {
    const { locations } = await loadLocations();
    const count = statesNotAvailable(availability).length;
    for (const answer of answersByState(availability, locations)) {
      const words = [...answerFromArticle(answer, count), ...answerFromLocations(answer), ...nextSteps(answer, true)].join('\n\n');
      const { grade } = readingLevel(parseMarkdown(words));
      expect(grade, `${answer.state.name}: ${words}`).toBeLessThanOrEqual(editorialStandards.readingGradeLimit);
    }
  });
});
