// A resolved date as an editor reads it. The core keeps TimeML values
// (`2025-SU`, `2023-W37`, `PAST_REF`), which annotation exports and
// front-matter need; an inlay hint or a hover that said `PAST_REF` would
// read as a bug. Days stay in ISO form, as the editor's hint for
// `on Wednesday` (`2023-09-13`) should be.
import { addDays, isoDay, type CalendarDay } from '../core/dates/calendar';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SEASONS: Readonly<Record<string, string>> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const PARTS_OF_DAY: Readonly<Record<string, string>> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night' };
const UNITS: Readonly<Record<string, string>> = { Y: 'year', M: 'month', W: 'week', D: 'day' };

/** What a vague reference (`in recent years`, `currently`) says about when, against the article's date. */
const REFERENCES: Readonly<Record<string, string>> = {
  PAST_REF: "some time before the article's date",
  PRESENT_REF: "around the article's date",
  FUTURE_REF: "some time after the article's date",
};

/** The Monday that starts ISO week `week` of `year` (the week holding 4 January is week 1). */
function mondayOfWeek(year: number, week: number): CalendarDay {
  const fourth = new Date(Date.UTC(year, 0, 4));
  // Days before the 1st count back into December: addDays carries them over.
  const mondayOfFirst = { year, month: 1, day: 4 - ((fourth.getUTCDay() + 6) % 7) };
  return addDays(mondayOfFirst, (week - 1) * 7);
}

/**
 * A calendar value in words, for an inlay hint: `2023-09-13`,
 * `2023-09-13 morning`, `September 2023`, `week of 2023-09-11`, `Q1 2023`,
 * `summer 2025`, `the 1990s`. Nothing for a value that names no stretch of
 * the calendar (`PAST_REF`), which a hint would only confuse.
 */
export function calendarWords(value: string): string | undefined {
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4}-\d{2}-\d{2})(?:T(MO|AF|EV|NI))?$/.exec(value)))
    return match[2] ? `${match[1]} ${PARTS_OF_DAY[match[2]]}` : match[1];
  if ((match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value))) return `${match[1]} ${match[2]}`;
  if ((match = /^(\d{4})-(\d{2})$/.exec(value))) return `${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
  if ((match = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const monday = mondayOfWeek(Number(match[1]), Number(match[2]));
    return match[3] ? `weekend of ${isoDay(addDays(monday, 5))}` : `week of ${isoDay(monday)}`;
  }
  if ((match = /^(\d{4})-Q([1-4])$/.exec(value))) return `Q${match[2]} ${match[1]}`;
  if ((match = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return `${SEASONS[match[2]!]} ${match[1]}`;
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{3}$/.test(value)) return `the ${value}0s`;
  return undefined;
}

/** `P2Y` → `2 years`; other durations as written. */
function durationWords(value: string): string {
  const match = /^P(\d+)([YMWD])$/.exec(value);
  if (!match) return value;
  const count = Number(match[1]);
  return `${count} ${UNITS[match[2]!]}${count === 1 ? '' : 's'}`;
}

/** Any value in words, for a hover: the calendar's words, a duration's length, or what a vague reference means. */
export function valueWords(value: string): string {
  return calendarWords(value) ?? REFERENCES[value] ?? (value.startsWith('P') ? durationWords(value) : value);
}
