import type * as chrono from 'chrono-node';
import type { ParagraphCache } from '../text/paragraph-cache';
import type { Span } from '../text/span';
import { readDates } from './chrono';
import { addDays, dayOf, isoDay, isoMonth, isoWeek, nearestWeekday, yearOfMonth, type CalendarDay, type Tense } from './calendar';
import type { DateMention } from './model';
import { UNIT_CODES as DURATION_CODES, valueFields } from './value';
import { NEWS_PATTERNS } from './news-patterns';

/**
 * Finds every date, time and duration in the given prose spans of `text`.
 * chrono-node reads the expressions; what it leaves out of news (bare
 * years, decades, durations) and what it misreads (`1.02 a share` as a
 * time, `Sun` the newspaper as Sunday) is handled here. Relative dates are
 * resolved against `reference`, the article's own date. With a `cache`, a
 * paragraph read before against the same date is not read again.
 */
export function findDates(text: string, spans: readonly Span[], reference: CalendarDay | undefined, cache?: ParagraphCache): DateMention[] {
  const against = reference ? isoDay(reference) : 'undated';
  const found = spans.flatMap((span) => {
    const prose = text.slice(span.start, span.end);
    const read = (): DateMention[] => datesInProse(prose, reference);
    const found = cache ? cache.recall(`dates\u0000${against}\u0000${prose}`, read) : read();
    return span.start === 0
      ? found
      : found.map((mention) => ({ ...mention, start: mention.start + span.start, end: mention.end + span.start }));
  });
  return withDaysReferredBack(found, reference);
}

/** `that day`, `the same day`, `the following day`: a day counted from the day the copy last named. */
const DAY_REFERRED_BACK = /^(?:the|that)\s+(?:same\s+)?day$|^the\s+(previous|next|following)\s+day$/i;

/**
 * `On 3 April … the same day`: a day the copy refers back to is the last
 * day it named before (the article's own date when it named none), not
 * always the article's date.
 */
function withDaysReferredBack(mentions: readonly DateMention[], reference: CalendarDay | undefined): DateMention[] {
  let lastDay: CalendarDay | undefined = reference;
  return mentions.map((mention) => {
    const referral = DAY_REFERRED_BACK.exec(mention.text);
    if (referral && lastDay) {
      const step = referral[1]?.toLowerCase();
      return { ...mention, ...valueFields(isoDay(addDays(lastDay, step === 'previous' ? -1 : step ? 1 : 0))) };
    }
    if (mention.resolved?.kind === 'day') lastDay = mention.resolved.day;
    return mention;
  });
}

/** The dates of one stretch of prose, with offsets into it. The most specific reading wins: news patterns (`the first quarter of 2009`), then chrono, then bare years and durations. */
function datesInProse(prose: string, reference: CalendarDay | undefined): DateMention[] {
  const referenceInstant = reference
    ? new Date(Date.UTC(reference.year, reference.month - 1, reference.day, 12))
    : new Date(Date.UTC(2000, 0, 1, 12));
  const found: DateMention[] = newsPatternDates(prose, reference);
  const addUnlessTaken = (mention: DateMention | undefined): void => {
    if (mention && !found.some((other) => other.start < mention.end && mention.start < other.end)) found.push(mention);
  };
  for (const stretch of dateBearingStretches(prose)) {
    const sentences = prose.slice(stretch.start, stretch.end);
    for (const found of readDates(sentences, referenceInstant)) {
      const result = shifted(found, stretch.start);
      if (!result.end && !hourFromPreposition(result)) {
        addUnlessTaken(fromChrono(result, prose, reference));
        continue;
      }
      // A range (`from 3 June to 5 July`) is two dates; each half, and a date chrono gave an hour from its
      // preposition (`from 3 June` as 3 o'clock in June), is read again alone, without the preposition.
      for (const half of rangeHalves(result)) {
        const lead = LEADING_PREPOSITION.exec(prose.slice(half.start, half.end))?.[0].length ?? 0;
        for (const alone of readDates(prose.slice(half.start + lead, half.end), referenceInstant)) {
          addUnlessTaken(fromChrono(shifted(alone, half.start + lead), prose, reference));
        }
      }
    }
  }
  patternDates(prose).forEach(addUnlessTaken);
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Words without which chrono finds nothing that `isMisreading` would keep:
 * a digit, a month or weekday, or a word such as `yesterday` or `week`.
 * Deliberately wider than `DATE_WORD` at word level, never narrower.
 */
const DATE_TRIGGER =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\b(?:today|yesterday|tomorrow|tonight|ago|week|weekend|month|year|quarter|morning|afternoon|evening|night|noon|midnight|now)/i;

/** A sentence's end: a full stop, question or exclamation mark (and closing quotes) before a space and a capital or an opening quote. */
const SENTENCE_BREAK = /[.!?]["'\u201D\u2019)]*\s+(?=[\p{Lu}"\u201C\u2018])/gu;

/**
 * The runs of sentences in `prose` that hold a date word: chrono costs
 * time in proportion to the text it reads, and a third of news sentences
 * hold no date at all. Sentence breaks are where no date expression runs
 * across (a date never spans `. The`).
 */
function dateBearingStretches(prose: string): Span[] {
  const stretches: Span[] = [];
  let sentenceStart = 0;
  const sentences: Span[] = [];
  for (const match of prose.matchAll(SENTENCE_BREAK)) {
    sentences.push({ start: sentenceStart, end: match.index + match[0].length });
    sentenceStart = match.index + match[0].length;
  }
  sentences.push({ start: sentenceStart, end: prose.length });
  for (const sentence of sentences) {
    if (!DATE_TRIGGER.test(prose.slice(sentence.start, sentence.end))) continue;
    const last = stretches[stretches.length - 1];
    if (last && last.end === sentence.start) stretches[stretches.length - 1] = { start: last.start, end: sentence.end };
    else stretches.push(sentence);
  }
  return stretches;
}

/** A chrono result read from a stretch, moved to its place in the whole prose. */
function shifted(result: chrono.ParsedResult, offset: number): chrono.ParsedResult {
  if (offset === 0) return result;
  return Object.assign(Object.create(Object.getPrototypeOf(result) as object) as chrono.ParsedResult, result, {
    index: result.index + offset,
  });
}

/** Prepositions chrono keeps in its match that are not part of the date: `on Wednesday` → `Wednesday`. */
const LEADING_PREPOSITION = /^(?:on|at|in|by|since|from|until|till|during|before|after|for|of)\s+/i;
const TRAILING_PUNCTUATION = /(?:[\s,.;:!?)\]'"\u2019\u201D]|\s+of)+$/;
const DASH_SEPARATOR = /\s+(?:--|\u2014|\u2013)\s+/;
/** What joins a range's halves: a dash (a hyphen only between spaces, since ISO dates hold hyphens), `to`, `and`, `until`. */
const RANGE_SEPARATOR = /\s*(?:--|\u2014|\u2013)\s*|\s+-\s+|\s+(?:to|and|until|till|through)\s+/;

/** `from 3 June`: an hour chrono found only because a preposition stood before a day's number. */
function hourFromPreposition(result: chrono.ParsedResult): boolean {
  return (
    result.start.isCertain('hour') &&
    LEADING_PREPOSITION.test(result.text) &&
    !MERIDIEM.test(result.text) &&
    !/\bo['\u2019]?clock\b/i.test(result.text)
  );
}

/** The two halves of a range chrono read as one (`3 June to 5 July`), as spans of the prose; the whole when no separator is found. */
function rangeHalves(result: chrono.ParsedResult): Span[] {
  const separator = RANGE_SEPARATOR.exec(result.text);
  if (!separator) return [{ start: result.index, end: result.index + result.text.length }];
  const cut = result.index + separator.index;
  return [
    { start: result.index, end: cut },
    { start: cut + separator[0].length, end: result.index + result.text.length },
  ];
}
const WEEKDAY_ABBREVIATION = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/i;
const MERIDIEM = /\b[ap]\.?\s?m\b\.?|\bnoon\b|\bmidnight\b|\d[:.]\d\d/i;
const RELATIVE_WORDS = /\b(?:yesterday|today|tomorrow|tonight|ago|last|next|this|later|earlier|previous|following|coming|before|after)\b/i;
const FUTURE_CUE =
  /\b(?:will|would|shall|is due|are due|was due|were due|due to|is expected|are expected|is set to|are set to|plans? to|planned|scheduled|is to|are to|upcoming|next|later)\b/i;

function fromChrono(result: chrono.ParsedResult, prose: string, reference: CalendarDay | undefined): DateMention | undefined {
  let start = result.index;
  let words = result.text;
  const lead = LEADING_PREPOSITION.exec(words);
  if (lead) {
    start += lead[0].length;
    words = words.slice(lead[0].length);
  }
  // A range's second half (`11 December -- four years later`) is read on its own.
  words = words.split(DASH_SEPARATOR)[0]!.replace(TRAILING_PUNCTUATION, '');
  if (!words || isMisreading(result, words, prose.slice(start + words.length))) return undefined;
  // `for a few months` is a length of time, not a date chrono should place.
  if (wholeDuration(words)) return durationMention(words, start);
  const { value, relative } = valueOf(result, words, reference, tenseAt(prose, start));
  const kind = result.start.isCertain('hour') ? 'time' : 'date';
  return { start, end: start + words.length, text: words, kind, ...valueFields(value), relative };
}

/** Words that make an expression a date: a number, a month or weekday, or a word like `yesterday`. */
const DATE_WORD =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\b|\b(?:today|yesterday|tomorrow|tonight|ago|week|weekend|month|year|quarter|morning|afternoon|evening|night|noon|midnight|now)\b/i;

/** `1.02 a share` read as a time; `Sun` the newspaper read as Sunday; `in the days after` read as a date. */
function isMisreading(result: chrono.ParsedResult, words: string, after: string): boolean {
  if (result.start.isCertain('meridiem') && !MERIDIEM.test(words)) return true;
  if (/^\d{1,2}$/.test(words) || /\d\s+[ap]$/i.test(words)) return true;
  // `a morning and an evening departure`, `Night Ferry`: a part of the day alone places nothing.
  if (/^(?:the\s+)?(?:morning|afternoon|evening|night)s?$/i.test(words)) return true;
  if (WEEKDAY_ABBREVIATION.test(words) && !/^\.|^,?\s*\d/.test(after)) return true;
  return !DATE_WORD.test(words);
}

/** A past-tense verb: `was`, `had`, `said`, or a regular `-ed` form that is not a passive (`are planned`). */
const PAST_CUE =
  /\b(?:was|were|had|did|said|told|took|made|came|went|met|began|saw|gave|held|led|sent|won|lost|(?<!\b(?:is|are|be|been|being)\s+)\w{3,}ed)\b/i;

/**
 * The tense that governs a date: the verbs of its own clause (`the council
 * decided on Monday`, even after `will run` earlier in the sentence), else
 * of its sentence.
 */
function tenseAt(prose: string, index: number): Tense {
  const before = prose.slice(Math.max(0, index - 80), index);
  const clause = before.slice(Math.max(...[',', ';', '\u2014', '(', '. ', '? ', '! '].map((mark) => before.lastIndexOf(mark))) + 1);
  const own = tenseOf(clause);
  return own === 'unknown' ? tenseOf(sentenceAround(prose, index)) : own;
}

function tenseOf(sentence: string): Tense {
  if (FUTURE_CUE.test(sentence)) return 'future';
  return PAST_CUE.test(sentence) ? 'past' : 'unknown';
}

/** The sentence around `index` (at most 120 characters either side), where a future-tense cue would stand. */
function sentenceAround(prose: string, index: number): string {
  const before = prose.slice(Math.max(0, index - 120), index);
  const after = prose.slice(index, index + 120);
  const opening = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '));
  const closing = after.search(/[.?!](?:\s|$)/);
  return (opening >= 0 ? before.slice(opening + 2) : before) + (closing >= 0 ? after.slice(0, closing) : after);
}

function valueOf(
  result: chrono.ParsedResult,
  words: string,
  reference: CalendarDay | undefined,
  tense: Tense,
): { value: string | null; relative: boolean } {
  const start = result.start;
  const certain = (component: chrono.Component): boolean => start.isCertain(component);
  const relativeWords = RELATIVE_WORDS.test(words);
  const relative = relativeWords || !certain('year');
  if (relative && !reference) return { value: null, relative };
  const chronoDay = dayOf(start.date());
  const week = /\b(this|last|next|past|previous|coming)\s+week\b/i.exec(words);
  if (week && reference) {
    const shift = /last|past|previous/i.test(week[1]!) ? -7 : /next|coming/i.test(week[1]!) ? 7 : 0;
    return { value: isoWeek(addDays(reference, shift)), relative: true };
  }
  if (certain('day') && certain('month')) {
    const day = certain('year') || relativeWords ? chronoDay : { ...chronoDay, year: yearOfMonth(reference!, chronoDay.month, tense) };
    return { value: withTime(isoDay(day), start, words), relative };
  }
  if (certain('weekday') && reference) {
    return { value: withTime(isoDay(nearestWeekday(reference, start.get('weekday')!, tense)), start, words), relative: true };
  }
  if (certain('month')) {
    const year = certain('year') ? chronoDay.year : relativeWords ? chronoDay.year : yearOfMonth(reference!, chronoDay.month, tense);
    return { value: isoMonth(year, chronoDay.month), relative };
  }
  if (certain('year')) return { value: String(chronoDay.year), relative };
  if (certain('hour') && reference) return { value: withTime(isoDay(reference), start, words), relative: true };
  return { value: null, relative };
}

function withTime(day: string, start: chrono.ParsedComponents, words: string): string {
  if (!start.isCertain('hour')) return day;
  const hour = String(start.get('hour')).padStart(2, '0');
  const minute = String(start.get('minute') ?? 0).padStart(2, '0');
  return `${day}T${hour}:${minute}${/\b(?:UTC|GMT)\b/.test(words) ? 'Z' : ''}`;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  hundred: 100,
  single: 1,
};
/** TimeML's codes of the units, with the two it writes in years. */
const UNIT_CODES: Readonly<Record<string, string>> = { ...DURATION_CODES, decade: 'DE', century: 'CE' };

/** `33 years`, `two weeks`, `a decade`, `the past nine days`, `six straight days`, `12-hour` (not `70-year-old`). */
const DURATION_SOURCE = String.raw`\b(?:(?:the\s+)?(?:past|last|next|previous|coming|first)\s+)?(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|several|a few|few|many|single(?=-))[\s-]+(?:(?:straight|consecutive|full)\s+)?(minute|hour|day|week|month|quarter|year|decade|century)s?\b(?!-old)`;
const DURATION = new RegExp(DURATION_SOURCE, 'gi');
const WHOLE_DURATION = new RegExp(`^${DURATION_SOURCE}$`, 'i');

function wholeDuration(words: string): boolean {
  return WHOLE_DURATION.test(words);
}

/** ISO 8601 duration of `two weeks` (`P2W`), `12-hour` (`PT12H`), `a decade` (`P10Y`); `X` for an unknown amount. */
function durationValue(amount: string, unit: string): string {
  const lower = amount.toLowerCase();
  const count = /^\d/.test(lower) ? Number(lower) : NUMBER_WORDS[lower];
  const code = UNIT_CODES[unit.toLowerCase()]!;
  if (code === 'DE' || code === 'CE') return `P${count === undefined ? 'X' : count * (code === 'DE' ? 10 : 100)}Y`;
  const number = count === undefined ? 'X' : String(count);
  return code.startsWith('T') ? `PT${number}${code.slice(1)}` : `P${number}${code}`;
}

function durationMention(words: string, start: number): DateMention | undefined {
  const match = WHOLE_DURATION.exec(words);
  if (!match) return undefined;
  return {
    start,
    end: start + words.length,
    text: words,
    kind: 'duration',
    ...valueFields(durationValue(match[1]!, match[2]!)),
    relative: false,
  };
}
/** A year standing alone (`in 1999`, `the 1991 collapse`), a decade (`the 1990s`) or an elided year (`'82`). */
const BARE_YEAR = /(?<![\d$£€#.,/-])(?:(1[89]\d\d|20\d\d)(s)?|['\u2019](\d\d)(s)?)(?![\d%]|[.,]\d)/g;
/** Words after a number that make it a count, not a year: `2000 jobs`. */
const COUNTED =
  /^\s+(?:jobs|people|employees|workers|staff|troops|cars|vehicles|units|planes|aircraft|jets|shares|points|tonnes|tons|miles|kilometers|kilometres|km|metres|meters|feet|dollars|euros|pounds|yen|members|homes|flights|passengers|students|soldiers)\b/i;

function newsPatternDates(prose: string, reference: CalendarDay | undefined): DateMention[] {
  const found: DateMention[] = [];
  for (const { cue, pattern, kind, relative, value } of NEWS_PATTERNS) {
    if (!cue.test(prose)) continue;
    for (const match of prose.matchAll(pattern)) {
      const resolved = value(match, reference);
      if (resolved === undefined) continue;
      found.push({ start: match.index, end: match.index + match[0].length, text: match[0], kind, ...valueFields(resolved), relative });
    }
  }
  return found;
}

function patternDates(prose: string): DateMention[] {
  const found: DateMention[] = [];
  for (const match of prose.matchAll(DURATION)) {
    found.push(durationMention(match[0], match.index)!);
  }
  for (const match of prose.matchAll(BARE_YEAR)) {
    const end = match.index + match[0].length;
    if (COUNTED.test(prose.slice(end))) continue;
    const full = match[1] ?? (Number(match[3]) > 30 ? `19${match[3]}` : `20${match[3]}`);
    const decade = match[2] ?? match[4];
    found.push({
      start: match.index,
      end,
      text: match[0],
      kind: 'date',
      ...valueFields(decade ? full.slice(0, 3) : full),
      relative: false,
    });
  }
  return found;
}
