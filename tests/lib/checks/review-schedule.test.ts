import { describe, expect, it } from 'vitest';
import { futureReviewProblem, nextReviewOf, reviewReminder } from '@/lib/checks/review-schedule';

const HOW = 'Review the page again.';

describe('reviewReminder: a review is due again one year after it, with a 30-day warning', () => {
  it('warns when the next review is exactly 30 days away', () => {
    expect(reviewReminder('2024-07-22', '2025-06-22', HOW)).toEqual({
      overdue: false,
      message: `the review of 2024-07-22 is due again in 30 days, on July 22, 2025. ${HOW}`,
    });
  });

  it('says nothing when the next review is 31 days away, or most of a year away', () => {
    expect(reviewReminder('2024-07-22', '2025-06-21', HOW)).toBeUndefined();
    expect(reviewReminder('2024-07-22', '2024-07-23', HOW)).toBeUndefined();
  });

  it('counts the days left in whole days, and the days past for a review long overdue', () => {
    expect(reviewReminder('2023-03-12', '2024-03-02', HOW)).toEqual({ overdue: false, message: `the review of 2023-03-12 is due again in 10 days, on March 12, 2024. ${HOW}` });
    expect(reviewReminder('2022-07-22', '2025-07-22', HOW)).toEqual({ overdue: true, message: `the review of 2022-07-22 was due again on July 22, 2023, 731 days ago. ${HOW}` });
  });

  it('warns, not fails, on the day the review is due, and fails the day after', () => {
    expect(reviewReminder('2024-07-22', '2025-07-22', HOW)).toEqual({ overdue: false, message: `the review of 2024-07-22 is due again today, on July 22, 2025. ${HOW}` });
    expect(reviewReminder('2024-07-22', '2025-07-23', HOW)).toEqual({ overdue: true, message: `the review of 2024-07-22 was due again on July 22, 2025, 1 day ago. ${HOW}` });
  });

  it('counts one day as "1 day" and more as days, before and after the due date', () => {
    expect(reviewReminder('2024-07-22', '2025-07-21', HOW)).toEqual({ overdue: false, message: `the review of 2024-07-22 is due again in 1 day, on July 22, 2025. ${HOW}` });
    expect(reviewReminder('2024-07-22', '2025-07-20', HOW)).toEqual({ overdue: false, message: `the review of 2024-07-22 is due again in 2 days, on July 22, 2025. ${HOW}` });
    expect(reviewReminder('2024-07-22', '2025-07-24', HOW)).toEqual({ overdue: true, message: `the review of 2024-07-22 was due again on July 22, 2025, 2 days ago. ${HOW}` });
  });

  it('counts a review on 29 February one year on as 1 March, the way the calendar does', () => {
    expect(nextReviewOf('2024-02-29')).toBe('2025-03-01');
    expect(nextReviewOf('2024-07-22')).toBe('2025-07-22');
  });
});

describe('futureReviewProblem', () => {
  it('accepts a review dated yesterday or today and refuses one dated tomorrow', () => {
    expect(futureReviewProblem('2025-01-14', '2025-01-15')).toBeUndefined();
    expect(futureReviewProblem('2025-01-15', '2025-01-15')).toBeUndefined();
    expect(futureReviewProblem('2025-01-16', '2025-01-15')).toBe(
      'the review is dated 2025-01-16, after today (2025-01-15); a review cannot be in the future. Record it again with npm run sign-off on the day it is signed.',
    );
  });
});
