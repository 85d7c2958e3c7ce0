import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '@/lib/content/articles';
import { loadAvailability, statesNotAvailable } from '@/lib/content/availability';
import { readingLevel } from '@/lib/checks/readability';
import { readingScaleFor } from '@/lib/checks/reading-scales';
import { LANGUAGES } from '@/lib/i18n/languages';
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

  it.each(LANGUAGES.map((language) => [language.code, language] as const))(
    'gives every state page in %s an answer that reads at the level patient pages must not exceed',
    async (_code, language) => {
      const { locations } = await loadLocations();
      const count = statesNotAvailable(availability).length;
      const scale = readingScaleFor(language);
      if (!scale) throw new Error(`No reading scale for ${language.code}`);
      for (const answer of answersByState(availability, locations)) {
        const words = [answerFromArticle(answer, count, language), answerFromLocations(answer, language), ...nextSteps(answer, true, language)].filter((said) => said !== undefined).join('\n\n');
        const { score } = readingLevel(parseMarkdown(words), scale);
        const tooHard = scale.easier === 'lower' ? score > scale.limit : score < scale.limit;
        expect(tooHard, `${answer.state.name}: ${score.toFixed(1)}: ${words}`).toBe(false);
      }
    },
  );
});
