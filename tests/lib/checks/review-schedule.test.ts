import { describe, expect, it } from 'vitest';
import { reviewCycleProblem, reviewReminder } from '@/lib/checks/review-schedule';

const HOW_TO_REVIEW =
  'Check the page against the clinic\'s article, then set "lastReviewed" to the day you checked it and "nextReview" to one year later.';

describe('reviewReminder: the 30-day warning window', () => {
  it('warns when the next review is exactly 30 days away', () => {
    expect(reviewReminder('2025-07-22', '2025-06-22')).toEqual({
      overdue: false,
      message: `the next review is due in 30 days, on July 22, 2025. ${HOW_TO_REVIEW}`,
    });
  });

  it('says nothing when the next review is 31 days away', () => {
    expect(reviewReminder('2025-07-22', '2025-06-21')).toBeUndefined();
  });

  it('warns, not fails, on the day the review is due, and fails the day after', () => {
    expect(reviewReminder('2025-07-22', '2025-07-22')).toEqual({
      overdue: false,
      message: `the next review is due today, on July 22, 2025. ${HOW_TO_REVIEW}`,
    });
    expect(reviewReminder('2025-07-22', '2025-07-23')).toEqual({
      overdue: true,
      message: `the review was due on July 22, 2025, 1 day ago. ${HOW_TO_REVIEW}`,
    });
  });

  it('counts one day as "1 day" and more as days, before and after the due date', () => {
    expect(reviewReminder('2025-07-22', '2025-07-21')?.message).toContain('due in 1 day, on July 22, 2025.');
    expect(reviewReminder('2025-07-22', '2025-07-20')?.message).toContain('due in 2 days, on July 22, 2025.');
    expect(reviewReminder('2025-07-22', '2025-07-24')?.message).toContain('2 days ago.');
  });
});

describe('reviewCycleProblem: at most one year between reviews', () => {
  it('accepts a next review exactly one year after the last one', () => {
    expect(reviewCycleProblem('2024-07-22', '2025-07-22')).toBeUndefined();
  });

  it('refuses a next review one year and one day after the last one, naming the latest allowed day', () => {
    expect(reviewCycleProblem('2024-07-22', '2025-07-23')).toBe(
      '"nextReview" (2025-07-23) is more than one year after "lastReviewed" (2024-07-22). Pages must be reviewed again within one year: set it to 2025-07-22 or earlier.',
    );
  });
});
