import { formatDate } from '@/lib/i18n/dates';
import { DEFAULT_LANGUAGE } from '@/lib/i18n/languages';
import { editorialStandards, reviewCycleText as cycle } from '@/lib/content/editorial-standards';

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

const HOW_TO_REVIEW = `Check the page against the clinic's article, then set "lastReviewed" to the day you checked it and "nextReview" to ${cycle} later.`;

/** A reminder when an article's next review is past due or due within the warning period of `today` (all YYYY-MM-DD). */
export function reviewReminder(nextReview: string, today: string): ReviewReminder | undefined {
  const left = Math.round((toTime(nextReview) - toTime(today)) / DAY_MS);
  const due = formatDate(nextReview, DEFAULT_LANGUAGE.locale);
  if (left < 0) {
    return { overdue: true, message: `the review was due on ${due}, ${days(-left)} ago. ${HOW_TO_REVIEW}` };
  }
  if (left > reviewWarningDays) return undefined;
  const when = left === 0 ? 'today' : `in ${days(left)}`;
  return { overdue: false, message: `the next review is due ${when}, on ${due}. ${HOW_TO_REVIEW}` };
}

/** The latest allowed next review: the same day one review cycle after the last one. */
function latestNextReview(lastReviewed: string): string {
  const date = new Date(toTime(lastReviewed));
  date.setUTCFullYear(date.getUTCFullYear() + reviewCycleYears);
  return date.toISOString().slice(0, 10);
}

/** A message when "nextReview" is further from "lastReviewed" than the review cycle allows. */
export function reviewCycleProblem(lastReviewed: string, nextReview: string): string | undefined {
  const latest = latestNextReview(lastReviewed);
  if (nextReview <= latest) return undefined;
  return `"nextReview" (${nextReview}) is more than ${cycle} after "lastReviewed" (${lastReviewed}). Pages must be reviewed again within ${cycle}: set it to ${latest} or earlier.`;
}

const WHAT_TO_SET: Readonly<Record<'lastReviewed' | 'translatedFrom', string>> = {
  lastReviewed: "Set it to the day the page was checked against the clinic's article",
  translatedFrom: 'Set it to the "lastReviewed" date of the English page this translation was made from',
};

/**
 * A message when a date that records a review ("lastReviewed", or a translation's "translatedFrom")
 * is after `today`: the page would say it was reviewed on a day still to come, and its next review,
 * counted from that day, would never come due.
 */
export function futureReviewProblem(field: 'lastReviewed' | 'translatedFrom', date: string, today: string): string | undefined {
  if (date <= today) return undefined;
  return `"${field}" (${date}) is after today (${today}). ${WHAT_TO_SET[field]}; a review cannot be in the future.`;
}
