/**
 * Calendar arithmetic on plain ISO dates (`2023-09-14`), in UTC so that no
 * time zone of the machine running Copydesk can move a day.
 */

export interface CalendarDay {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
}

export function dayOf(date: Date): CalendarDay {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function toDate(day: CalendarDay): Date {
  return new Date(Date.UTC(day.year, day.month - 1, day.day, 12));
}

export function isoDay(day: CalendarDay): string {
  return `${pad(day.year, 4)}-${pad(day.month, 2)}-${pad(day.day, 2)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: CalendarDay): number {
  return toDate(day).getUTCDay();
}

export function addDays(day: CalendarDay, days: number): CalendarDay {
  const date = toDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return dayOf(date);
}

/** The ISO 8601 week of a day: `2010-W23` (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(day: CalendarDay): string {
  const thursday = addDays(day, 3 - ((weekdayOf(day) + 6) % 7));
  const firstOfYear = toDate({ year: thursday.year, month: 1, day: 1 });
  const week = Math.floor((toDate(thursday).getTime() - firstOfYear.getTime()) / 86_400_000 / 7) + 1;
  return `${pad(thursday.year, 4)}-W${pad(week, 2)}`;
}

/**
 * The day with `weekday` nearest to `reference` in the direction the
 * sentence's tense points: on or before it for past-tense news, on or after
 * it when the sentence speaks of the future, and the nearer of the two when
 * its verbs say neither (`bookings open on Thursday`).
 */
export function nearestWeekday(reference: CalendarDay, weekday: number, tense: Tense): CalendarDay {
  const difference = weekday - weekdayOf(reference);
  const ahead = (difference + 7) % 7;
  const back = (7 - difference) % 7;
  if (tense === 'future' || (tense === 'unknown' && ahead < back)) return addDays(reference, ahead);
  return addDays(reference, -back);
}

/** What a sentence's verbs say about when it happened. */
export type Tense = 'past' | 'future' | 'unknown';

/**
 * The year in which a month named without one falls: on or before the
 * article's month in past-tense copy, on or after it when the sentence
 * speaks of the future, and otherwise the nearer of the two (`takes over
 * the presidency in July`, written in June).
 */
export function yearOfMonth(reference: CalendarDay, month: number, tense: Tense): number {
  const before = month <= reference.month ? reference.year : reference.year - 1;
  const after = month >= reference.month ? reference.year : reference.year + 1;
  if (tense === 'past') return before;
  if (tense === 'future') return after;
  const monthsBack = (reference.year - before) * 12 + reference.month - month;
  const monthsAhead = (after - reference.year) * 12 + month - reference.month;
  return monthsAhead < monthsBack ? after : before;
}
