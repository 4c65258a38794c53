import { addDays, isoDay, isoWeek, yearOfMonth, type CalendarDay } from './calendar';

/**
 * Temporal expressions of news copy that chrono-node does not read, each a
 * pattern and the ISO 8601 (or TimeML) value it stands for. A value of
 * undefined drops the match; `null` keeps it unresolved.
 */
export interface NewsPattern {
  /** A word every match holds: prose without it is not searched, which saves most of the searching. */
  readonly cue: RegExp;
  readonly pattern: RegExp;
  readonly kind: 'date' | 'duration';
  readonly relative: boolean;
  value(match: RegExpMatchArray, reference: CalendarDay | undefined): string | null | undefined;
}

const ORDINAL_QUARTER: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
  last: 4,
};
const SEASON: Readonly<Record<string, string>> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
const PART_OF_DAY: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/** `this year`, `last year`, `2009` or nothing (the article's year). */
function yearOf(words: string | undefined, reference: CalendarDay | undefined): number | undefined {
  if (words && /^\d{4}$/.test(words)) return Number(words);
  if (!reference) return undefined;
  if (!words || /this/i.test(words)) return reference.year;
  return /last|previous|past/i.test(words) ? reference.year - 1 : reference.year + 1;
}

export const NEWS_PATTERNS: readonly NewsPattern[] = [
  {
    // `the first quarter of 2009`, `the third quarter of this year`, `third-quarter`
    cue: /quarter/i,
    pattern:
      /\b(?:the\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]quarter(?:\s+of\s+(\d{4}|(?:this|last|next)\s+year))?\b/gi,
    kind: 'date',
    relative: true,
    value(match, reference) {
      const year = yearOf(match[2]?.replace(/\s+year$/i, ''), reference);
      return year === undefined ? null : `${year}-Q${ORDINAL_QUARTER[match[1]!.toLowerCase()]}`;
    },
  },
  {
    // `the end of this year` is the year, as TimeML annotates it.
    cue: /year/i,
    pattern: /\b(?:the\s+)?(?:end|beginning|start|middle|rest|remainder)\s+of\s+(this|last|next)\s+year\b/gi,
    kind: 'date',
    relative: true,
    value: (match, reference) => String(yearOf(match[1], reference) ?? '') || null,
  },
  {
    // `this weekend`, `last weekend`, `the weekend`
    cue: /weekend/i,
    pattern: /\b(this|last|next|the)\s+weekend\b/gi,
    kind: 'date',
    relative: true,
    value(match, reference) {
      if (!reference) return null;
      const shift = /last/i.test(match[1]!) ? -7 : /next/i.test(match[1]!) ? 7 : 0;
      return `${isoWeek(addDays(reference, shift))}-WE`;
    },
  },
  {
    // `this morning`, `yesterday evening`, `Tuesday night` is left to chrono.
    cue: /morning|afternoon|evening|night/i,
    pattern: /\b(this|yesterday|tomorrow)\s+(morning|afternoon|evening|night)\b/gi,
    kind: 'date',
    relative: true,
    value(match, reference) {
      if (!reference) return null;
      const shift = /yesterday/i.test(match[1]!) ? -1 : /tomorrow/i.test(match[1]!) ? 1 : 0;
      return `${isoDay(addDays(reference, shift))}T${PART_OF_DAY[match[2]!.toLowerCase()]}`;
    },
  },
  {
    // `in the spring`, `this autumn`, `last winter`: only after a determiner, since `fall` is usually a verb
    // and a capitalised `Winter` is as often a name or a headline word.
    cue: /spring|summer|autumn|winter|fall/i,
    pattern: /\b(this|last|next|in the|in|the)\s+(spring|summer|autumn|winter|fall)\b/gi,
    kind: 'date',
    relative: true,
    value(match, reference) {
      const season = match[2]!.toLowerCase();
      if (!reference) return null;
      const determiner = match[1]?.toLowerCase() ?? '';
      const year = /last/.test(determiner) ? reference.year - 1 : /next/.test(determiner) ? reference.year + 1 : reference.year;
      return `${year}-${SEASON[season]}`;
    },
  },
  {
    // `the same day`, `that day`, `the following day`: here counted from the article's date; `findDates` then
    // counts them from the day the copy named last. (`The day after the vote` counts from the vote, so `the day`
    // before `after` or `before` is left alone.)
    cue: /day/i,
    pattern:
      /\b(?:(?:the|that)\s+(?:same\s+)?day(?!\s+(?:before|after|of|when)\b)(?!['\u2019]s)|the\s+(previous|next|following)\s+day)\b/gi,
    kind: 'date',
    relative: true,
    value(match, reference) {
      if (!reference) return null;
      const step = match[1]?.toLowerCase();
      return isoDay(addDays(reference, step === 'previous' ? -1 : step ? 1 : 0));
    },
  },
  {
    // Vague references TimeML names rather than dates.
    cue: /recent|current|future|long term|past/i,
    pattern: /\b(recently|currently|in recent years|recent years|the future|in the future|the long term|the past)\b/gi,
    kind: 'date',
    relative: true,
    value(match) {
      const words = match[1]!.toLowerCase();
      if (/currently/.test(words)) return 'PRESENT_REF';
      return /future|long term/.test(words) ? 'FUTURE_REF' : 'PAST_REF';
    },
  },
  {
    // `the 70s`, `'90s` without the century: the twentieth century in news.
    cue: /0s/,
    pattern: /(?<![\d'\u2019])\b([2-9]0)s\b/g,
    kind: 'date',
    relative: false,
    value: (match) => `19${match[1]![0]}`,
  },
  {
    // `early March`, `mid-July`: the month, placed like chrono's months.
    cue: /early|mid|late/,
    pattern: /\b(?:early|mid|late)[\s-](January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/g,
    kind: 'date',
    relative: true,
    value(match, reference) {
      if (!reference) return null;
      const month = new Date(`${match[1]} 1, 2000`).getMonth() + 1;
      return `${yearOfMonth(reference, month, 'past')}-${String(month).padStart(2, '0')}`;
    },
  },
];
