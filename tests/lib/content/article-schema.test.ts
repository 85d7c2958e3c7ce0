import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { articleFrontMatterSchema, translatedArticleFrontMatterSchema } from '@/lib/content/article-schema';

/** Front matter an editor might write for "How you may feel after dry needling". */
const AFTER_EFFECTS = {
  title: 'How you may feel after dry needling',
  description: 'What you may feel after a dry needling treatment, and who to ask about it.',
  order: 2,
  lastReviewed: '2024-07-22',
  nextReview: '2025-07-22',
};

/** A text of exactly `length` characters made of real words, as an editor would write it. */
function wordsOfLength(start: string, length: number): string {
  return start.padEnd(length, ' and how to ease it').slice(0, length).trimEnd().padEnd(length, '.');
}

/** The messages the schema gives for this front matter, by field; [] when it is accepted. */
function problems(fields: Record<string, unknown>, schema: ZodType = articleFrontMatterSchema): string[] {
  const result = schema.safeParse(fields);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('article front matter: title length', () => {
  it('accepts a title of 70 characters and refuses one of 71, saying how long it is', () => {
    const title70 = wordsOfLength('How you may feel after dry needling', 70);
    expect(title70).toHaveLength(70);
    expect(problems({ ...AFTER_EFFECTS, title: title70 })).toEqual([]);
    expect(problems({ ...AFTER_EFFECTS, title: `${title70}!` })).toEqual([
      'title: is too long for a page title: keep it to 70 characters or fewer (it has 71).',
    ]);
  });
});

describe('article front matter: description length', () => {
  it('accepts a description of 160 characters and refuses one of 161, saying how long it is', () => {
    const description160 = wordsOfLength('What you may feel after a dry needling treatment, and who to ask about it', 160);
    expect(description160).toHaveLength(160);
    expect(problems({ ...AFTER_EFFECTS, description: description160 })).toEqual([]);
    expect(problems({ ...AFTER_EFFECTS, description: `${description160}!` })).toEqual([
      'description: must be 160 characters or fewer, because search results cut it off (it has 161). Shorten it.',
    ]);
  });
});

describe('article front matter: review dates', () => {
  it('accepts a next review one day after the last review', () => {
    expect(problems({ ...AFTER_EFFECTS, lastReviewed: '2025-07-21', nextReview: '2025-07-22' })).toEqual([]);
  });

  it('refuses a next review on the same day as the last review', () => {
    expect(problems({ ...AFTER_EFFECTS, lastReviewed: '2025-07-22', nextReview: '2025-07-22' })).toEqual([
      'nextReview: must be after "lastReviewed" (2025-07-22), but it is 2025-07-22.',
    ]);
  });

  it('holds translated pages to the same line', () => {
    const translation = {
      ...AFTER_EFFECTS,
      title: 'Cómo puede sentirse después de la punción seca',
      translationOf: 'after-effects',
      translatedFrom: '2025-07-22',
      translationReviewed: false,
    };
    expect(problems({ ...translation, lastReviewed: '2025-07-21', nextReview: '2025-07-22' }, translatedArticleFrontMatterSchema)).toEqual([]);
    expect(problems({ ...translation, lastReviewed: '2025-07-22', nextReview: '2025-07-22' }, translatedArticleFrontMatterSchema)).toEqual([
      'nextReview: must be after "lastReviewed" (2025-07-22), but it is 2025-07-22.',
    ]);
  });
});

describe('article front matter: order', () => {
  it('accepts order 1 and refuses order 0', () => {
    expect(problems({ ...AFTER_EFFECTS, order: 1 })).toEqual([]);
    expect(problems({ ...AFTER_EFFECTS, order: 0 })).toEqual(['order: must be 1 or more (got 0).']);
  });
});
