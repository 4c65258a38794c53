import { isoDay, isoMonth, type CalendarDay } from './calendar';

/**
 * What a date expression resolves to, typed: read once where the date is
 * found, and written out only at the edges (`timeml` for exports and the
 * front-matter, words for the editor). The kinds are TimeML's: a calendar
 * day (with a clock time or a part of the day), a month, an ISO week, a
 * quarter, a season, a year, a decade, a vague reference to the past,
 * present or future, and a duration.
 */
export type DateValue =
  | { readonly kind: 'day'; readonly day: CalendarDay; readonly time?: ClockTime; readonly part?: PartOfDay }
  | { readonly kind: 'month'; readonly year: number; readonly month: number }
  | { readonly kind: 'week'; readonly year: number; readonly week: number; readonly weekend: boolean }
  | { readonly kind: 'quarter'; readonly year: number; readonly quarter: number }
  | { readonly kind: 'season'; readonly year: number; readonly season: Season }
  | { readonly kind: 'year'; readonly year: number }
  /** `decade: 199` is the 1990s. */
  | { readonly kind: 'decade'; readonly decade: number }
  | { readonly kind: 'reference'; readonly reference: 'past' | 'present' | 'future' }
  /** `amount` is missing for `a few weeks`: a length of that unit, but not how many. */
  | { readonly kind: 'duration'; readonly amount?: number; readonly unit: DurationUnit };

export interface ClockTime {
  readonly hour: number;
  readonly minute: number;
  /** Given in UTC (`14:00 GMT`); otherwise local to the story. */
  readonly utc: boolean;
}

export type PartOfDay = 'morning' | 'afternoon' | 'evening' | 'night';
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';
export type DurationUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';

/** TimeML's codes for the parts of a value, both ways. */
const PART_CODES: Readonly<Record<PartOfDay, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
const SEASON_CODES: Readonly<Record<Season, string>> = { spring: 'SP', summer: 'SU', autumn: 'FA', winter: 'WI' };
export const UNIT_CODES: Readonly<Record<DurationUnit, string>> = {
  minute: 'TM',
  hour: 'TH',
  day: 'D',
  week: 'W',
  month: 'M',
  quarter: 'Q',
  year: 'Y',
};
const REFERENCE_CODES = { past: 'PAST_REF', present: 'PRESENT_REF', future: 'FUTURE_REF' } as const;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** The value as TimeML writes it: `2023-09-13`, `2023-09-13T14:00Z`, `2023-09`, `2010-W23-WE`, `2025-SU`, `199`, `PAST_REF`, `P2W`. */
export function timeml(value: DateValue): string {
  switch (value.kind) {
    case 'day': {
      const time = value.time ? `T${pad(value.time.hour, 2)}:${pad(value.time.minute, 2)}${value.time.utc ? 'Z' : ''}` : '';
      return isoDay(value.day) + (time || (value.part ? `T${PART_CODES[value.part]}` : ''));
    }
    case 'month':
      return isoMonth(value.year, value.month);
    case 'week':
      return `${pad(value.year, 4)}-W${pad(value.week, 2)}${value.weekend ? '-WE' : ''}`;
    case 'quarter':
      return `${value.year}-Q${value.quarter}`;
    case 'season':
      return `${value.year}-${SEASON_CODES[value.season]}`;
    case 'year':
      return String(value.year);
    case 'decade':
      return String(value.decade);
    case 'reference':
      return REFERENCE_CODES[value.reference];
    case 'duration': {
      const code = UNIT_CODES[value.unit];
      const amount = value.amount === undefined ? 'X' : String(value.amount);
      return code.startsWith('T') ? `PT${amount}${code.slice(1)}` : `P${amount}${code}`;
    }
  }
}

function keyOf<T extends string>(codes: Readonly<Record<T, string>>, code: string): T | undefined {
  return (Object.keys(codes) as T[]).find((key) => codes[key] === code);
}

/** A real calendar day in ISO form: `2023-02-30` has the shape of a date but is none. */
export function readIsoDay(text: string): CalendarDay | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? { year, month, day } : undefined;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:T(?:(\d{2}):(\d{2})(Z?)|(MO|AF|EV|NI)))?$/;

function dayValue(match: RegExpExecArray): DateValue {
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (match[4] !== undefined)
    return { kind: 'day', day, time: { hour: Number(match[4]), minute: Number(match[5]), utc: match[6] === 'Z' } };
  const part = match[7] === undefined ? undefined : keyOf(PART_CODES, match[7]);
  return part ? { kind: 'day', day, part } : { kind: 'day', day };
}

function durationValue(match: RegExpExecArray): DateValue | undefined {
  const unit = keyOf(UNIT_CODES, (match[1] ?? '') + match[3]);
  if (!unit) return undefined;
  return match[2] === 'X' ? { kind: 'duration', unit } : { kind: 'duration', amount: Number(match[2]), unit };
}

/** The patterns of the other kinds, each with the value its match stands for. */
const FORMS: ReadonlyArray<readonly [RegExp, (match: RegExpExecArray) => DateValue | undefined]> = [
  [DAY, dayValue],
  [/^(\d{4})-(\d{2})$/, (match) => ({ kind: 'month', year: Number(match[1]), month: Number(match[2]) })],
  [
    /^(\d{4})-W(\d{2})(-WE)?$/,
    (match) => ({ kind: 'week', year: Number(match[1]), week: Number(match[2]), weekend: match[3] !== undefined }),
  ],
  [/^(\d+)-Q([1-4])$/, (match) => ({ kind: 'quarter', year: Number(match[1]), quarter: Number(match[2]) })],
  [/^(\d+)-(SP|SU|FA|WI)$/, (match) => ({ kind: 'season', year: Number(match[1]), season: keyOf(SEASON_CODES, match[2]!)! })],
  [/^(\d{4})$/, (match) => ({ kind: 'year', year: Number(match[1]) })],
  [/^(\d{3})$/, (match) => ({ kind: 'decade', decade: Number(match[1]) })],
  [/^(PAST|PRESENT|FUTURE)_REF$/, (match) => ({ kind: 'reference', reference: keyOf(REFERENCE_CODES, match[0])! })],
  [/^P(T?)(X|\d+(?:\.\d+)?(?:e[+-]\d+)?)([A-Z])$/, durationValue],
];

/**
 * Reads a TimeML value into its type; undefined for anything `timeml` does
 * not write. Where a date is found, the value its reading gives is read here
 * once; nothing downstream parses a value's text again.
 */
export function readTimeml(text: string): DateValue | undefined {
  for (const [pattern, read] of FORMS) {
    const match = pattern.exec(text);
    const value = match ? read(match) : undefined;
    if (match) return value && inRange(value) ? value : undefined;
  }
  return undefined;
}

/** Months, days, weeks and clock times that a calendar has: `2023-13` has a value's shape but names nothing. */
function inRange(value: DateValue): boolean {
  const within = (number: number, low: number, high: number): boolean => number >= low && number <= high;
  switch (value.kind) {
    case 'day':
      return (
        within(value.day.month, 1, 12) &&
        within(value.day.day, 1, 31) &&
        (!value.time || (within(value.time.hour, 0, 23) && within(value.time.minute, 0, 59)))
      );
    case 'month':
      return within(value.month, 1, 12);
    case 'week':
      return within(value.week, 1, 53);
    default:
      return true;
  }
}

/** The day a value names when it is a whole day (`2023-09-13`, not `2023-09-13T14:00` or `2023-09`). */
export function wholeDay(value: DateValue | null): CalendarDay | undefined {
  return value?.kind === 'day' && !value.time && !value.part ? value.day : undefined;
}

/** The fields of a date mention that carry its value: the typed value and its TimeML text, made from one another. */
export function valueFields(text: string | null): { readonly value: string | null; readonly resolved: DateValue | null } {
  const resolved = text === null ? null : (readTimeml(text) ?? null);
  return { value: resolved && timeml(resolved), resolved };
}
