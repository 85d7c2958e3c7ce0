import { formatDate } from '@/lib/i18n/dates';
import { DEFAULT_LANGUAGE } from '@/lib/i18n/languages';
import { editorialStandards } from '@/lib/content/editorial-standards';

const { reviewCycleYears, reviewWarningDays } = editorialStandards;

export interface ReviewReminder {
  /** Past due is an error, except where a date alone must not stop a deploy. */
  readonly overdue: boolean;
  readonly message: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function toTime(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`);
}

function days(count: number): string {
  return count === 1 ? '1 day' : `${count} days`;
}

/** When a review is due again: the same day one review cycle after it. */
export function nextReviewOf(reviewed: string): string {
  const date = new Date(toTime(reviewed));
  date.setUTCFullYear(date.getUTCFullYear() + reviewCycleYears);
  return date.toISOString().slice(0, 10);
}

/**
 * A reminder when the review recorded on `reviewed` is due again (one review cycle later) within
 * the warning period of `today`, or past due (all YYYY-MM-DD). `howTo` says how to review again.
 */
export function reviewReminder(reviewed: string, today: string, howTo: string): ReviewReminder | undefined {
  const nextReview = nextReviewOf(reviewed);
  const left = Math.round((toTime(nextReview) - toTime(today)) / DAY_MS);
  const due = formatDate(nextReview, DEFAULT_LANGUAGE.locale);
  if (left < 0) {
    return { overdue: true, message: `the review of ${reviewed} was due again on ${due}, ${days(-left)} ago. ${howTo}` };
  }
  if (left > reviewWarningDays) return undefined;
  const when = left === 0 ? 'today' : `in ${days(left)}`;
  return { overdue: false, message: `the review of ${reviewed} is due again ${when}, on ${due}. ${howTo}` };
}

/**
 * A message when a review's date is after `today`: the page would say it was reviewed on a day
 * still to come, and its next review, counted from that day, would never come due.
 */
export function futureReviewProblem(date: string, today: string): string | undefined {
  if (date <= today) return undefined;
  return `the review is dated ${date}, after today (${today}); a review cannot be in the future. Record it again with npm run sign-off on the day it is signed.`;
}
