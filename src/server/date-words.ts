// A resolved date as an editor reads it. The core keeps typed values and
// writes them as TimeML (`2025-SU`, `2023-W37`, `PAST_REF`) for exports and
// the front-matter; an inlay hint or a hover that said `PAST_REF` would read
// as a bug. Days stay in ISO form, as the editor's hint for `on Wednesday`
// (`2023-09-13`) should be.
import { addDays, isoDay, type CalendarDay } from '../core/dates/calendar';
import { timeml, type DateValue } from '../core/dates/value';
import months from '../core/lexicon/months.json';

/** What a vague reference (`in recent years`, `currently`) says about when, against the article's date. */
const REFERENCES = {
  past: "some time before the article's date",
  present: "around the article's date",
  future: "some time after the article's date",
} as const;

/** The Monday that starts ISO week `week` of `year` (the week holding 4 January is week 1). */
function mondayOfWeek(year: number, week: number): CalendarDay {
  const fourth = new Date(Date.UTC(year, 0, 4));
  // Days before the 1st count back into December: addDays carries them over.
  const mondayOfFirst = { year, month: 1, day: 4 - ((fourth.getUTCDay() + 6) % 7) };
  return addDays(mondayOfFirst, (week - 1) * 7);
}

/** `2023-09-13`, `2023-09-13 morning`, `2023-09-13 14:30`. */
function dayWords(value: Extract<DateValue, { kind: 'day' }>): string {
  const day = isoDay(value.day);
  if (value.time) return `${day} ${String(value.time.hour).padStart(2, '0')}:${String(value.time.minute).padStart(2, '0')}`;
  return value.part ? `${day} ${value.part}` : day;
}

/**
 * A calendar value in words, for an inlay hint: `2023-09-13`,
 * `2023-09-13 morning`, `September 2023`, `week of 2023-09-11`, `Q1 2023`,
 * `summer 2025`, `the 1990s`. Nothing for a value that names no stretch of
 * the calendar (`PAST_REF`, a duration), which a hint would only confuse.
 */
export function calendarWords(value: DateValue): string | undefined {
  switch (value.kind) {
    case 'day':
      return dayWords(value);
    case 'month':
      return `${months.words[value.month - 1]} ${value.year}`;
    case 'week': {
      const monday = mondayOfWeek(value.year, value.week);
      return value.weekend ? `weekend of ${isoDay(addDays(monday, 5))}` : `week of ${isoDay(monday)}`;
    }
    case 'quarter':
      return `Q${value.quarter} ${value.year}`;
    case 'season':
      return `${value.season} ${value.year}`;
    case 'year':
      return String(value.year);
    case 'decade':
      return `the ${value.decade}0s`;
    default:
      return undefined;
  }
}

/** `P2Y` → `2 years`; a length in hours or quarters, or of an unknown amount, as TimeML writes it. */
function durationWords(value: Extract<DateValue, { kind: 'duration' }>): string {
  const { amount, unit } = value;
  if (amount === undefined || !Number.isInteger(amount) || !['year', 'month', 'week', 'day'].includes(unit)) return timeml(value);
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
}

/** Any value in words, for a hover: the calendar's words, a duration's length, or what a vague reference means. */
export function valueWords(value: DateValue): string {
  if (value.kind === 'reference') return REFERENCES[value.reference];
  if (value.kind === 'duration') return durationWords(value);
  return calendarWords(value) ?? timeml(value);
}
