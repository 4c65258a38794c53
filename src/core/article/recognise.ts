import affiliations from '../lexicon/byline-affiliations.json';
import months from '../lexicon/months.json';
import nameParticles from '../lexicon/name-particles.json';
import photoAgencies from '../lexicon/photo-agencies.json';
import siteMarkers from '../lexicon/site-markers.json';
import timeWords from '../lexicon/time-words.json';
import weekdays from '../lexicon/weekdays.json';
import { lowerCaseSet, wordSet } from '../lexicon/word-list';
import type { Line } from '../text/lines';
import type { Caption, Credit, Dateline } from './model';

/**
 * Recognisers for the parts of a news article, one line at a time. Each
 * takes a line and returns the part with exact offsets, or undefined. They
 * encode wire-copy conventions (dpa, AP, Reuters, EPA captions), so each
 * says which convention it follows.
 */

/** The months in full, then cut to three letters with an optional full stop (`Jan.`, and `Sept.` too), as one alternation. */
const MONTHS = [
  ...months.words,
  ...months.words.filter((month) => month.length > 3).map((month) => (month === 'September' ? 'Sept?\\.?' : `${month.slice(0, 3)}\\.?`)),
].join('|');

/** Markdown emphasis that may wrap a whole caption: `*3 March 2025, Norway, Tromsø: ... (NTB via AP)*`. */
const EMPHASIS = '[*_]{0,2}';

/** A bracketed credit at the very end of a line (or of its emphasis), and the character before the space that precedes it. */
const BRACKETS_AT_END = new RegExp(`(\\S)\\s+\\(([^()\\n]{2,80})\\)${EMPHASIS}[ \\t\\u00A0]*$`);

/** A sentence or a date ends just before the credit: `... region. (EPA)`, `... 25 June 2024 (EPA)`. */
const SENTENCE_END = /[.!?"'\u201D\u2019)\]\d]/;

/** Agencies that credit photos under their bare name. */
const AGENCIES = wordSet(photoAgencies);

/** Credit words: agencies, `via`, `Photo:`, photographers' names, slashes. No sentence inside. */
function looksLikeCredit(inside: string): boolean {
  if (/[.!?]\s/.test(inside) || /[,;]\s+\w+\s+\w+\s+\w+\s+\w+/.test(inside)) return false;
  if (inside.split(/\s+/).length > 10) return false;
  return /\p{Lu}/u.test(inside);
}

/** A credit that says it is one: an agency's name, `via`, a slash or `Photo`. */
function namesAnAgency(inside: string): boolean {
  return AGENCIES.has(inside) || /\bvia\b|\/|\bPhoto\b/.test(inside);
}

/**
 * A credit closes a caption: `... region. (KCNA via YNA/dpa)`. Either the
 * words before it end a sentence or a date, or the credit names an agency
 * (`... in Seoul (Yonhap/EPA)`); that keeps a body sentence that merely
 * ends in a bracket, `... Korea (DPRK)`, from passing for a caption.
 */
function findCredit(line: Line): Credit | undefined {
  const match = BRACKETS_AT_END.exec(line.text);
  if (!match) return undefined;
  const inside = match[2]!.trim();
  if (!looksLikeCredit(inside) || !(SENTENCE_END.test(match[1]!) || namesAnAgency(inside))) return undefined;
  const open = line.text.lastIndexOf('(');
  const start = line.start + open + 1 + (match[2]!.length - match[2]!.trimStart().length);
  return { start, end: start + inside.length, text: inside };
}

/** dpa-style dateline: `14 September 2023, Russia, Uglegorsk:` (also `September 14, 2023, Kyiv:`). */
const DATE_FIRST_DATELINE = new RegExp(
  `^(${EMPHASIS})((?:\\d{1,2}\\s+(?:${MONTHS})|(?:${MONTHS})\\s+\\d{1,2},?)\\s+\\d{4})((?:,\\s*[^,:\\n]{1,40}){1,3}):\\s`,
  'u',
);

/** Wire-style dateline: `KYIV, Ukraine (AP) — ` or `LONDON (Reuters) - `. */
const PLACE_FIRST_DATELINE =
  /^(\p{Lu}[\p{Lu}\p{M} .'-]{1,30}(?:,\s*\p{Lu}[\p{L}\p{M} .'-]{1,30})?)\s*(?:\(([^()\n]{1,30})\))?\s*([\u2014\u2013-]{1,2})\s/u;

export function findDateline(line: Line): Dateline | undefined {
  return dateFirstDateline(line) ?? placeFirstDateline(line);
}

function dateFirstDateline(line: Line): Dateline | undefined {
  const match = DATE_FIRST_DATELINE.exec(line.text);
  if (!match) return undefined;
  const start = line.start + match[1]!.length;
  const dateText = match[2]!;
  const places = placesIn(start + dateText.length, match[3]!);
  const end = line.start + match[0].trimEnd().length;
  return {
    start,
    end,
    text: line.text.slice(start - line.start, end - line.start),
    date: { start, end: start + dateText.length, text: dateText },
    places,
  };
}

/** `, Russia, Uglegorsk` (or `KYIV, Ukraine`) at `offset` becomes one place per name, each with its own span. */
function placesIn(offset: number, list: string): Array<{ start: number; end: number; text: string }> {
  const places: Array<{ start: number; end: number; text: string }> = [];
  let cursor = 0;
  for (const part of list.split(',')) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    if (text) places.push({ start: offset + cursor + lead, end: offset + cursor + lead + text.length, text });
    cursor += part.length + 1;
  }
  return places;
}

function placeFirstDateline(line: Line): Dateline | undefined {
  const match = PLACE_FIRST_DATELINE.exec(line.text);
  if (!match) return undefined;
  const placeText = match[1]!;
  // An all-capitals city opens a wire dateline; a sentence does not start in capitals.
  const city = placeText.split(',')[0]!.trim();
  if (city.length < 2 || city !== city.toUpperCase()) return undefined;
  // Without an agency, a hyphen (Reuters' style comes with `(Reuters)`) or a
  // two-letter word before a dash (`US — `, `UN — `) opens a sentence instead.
  if (!match[2] && (match[3] === '-' || (!placeText.includes(',') && city.length < 3))) return undefined;
  const places = placesIn(line.start, placeText);
  const end = line.start + match[0].trimEnd().length;
  return { start: line.start, end, text: line.text.slice(0, end - line.start), places };
}

/** A caption is a sentence or more closed by a credit; a caption dateline alone is not enough. */
export function findCaption(line: Line): Caption | undefined {
  const credit = findCredit(line);
  if (!credit || line.text.trim().split(/\s+/).length < 4) return undefined;
  const dateline = dateFirstDateline(line);
  const end = line.start + line.text.replace(/[ \t\u00A0]+$/, '').length;
  return {
    start: line.start,
    end,
    text: line.text.slice(0, end - line.start),
    line,
    credit,
    ...(dateline ? { dateline } : {}),
  };
}

/** One name as bylines print it: `Jane`, `Jean-Luc`, `O'Neill`, `Kim Min-ji`'s parts. */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'\u2019.-]*$/u;
/** Small words inside names: `Ludwig van Beethoven`, `Ahmed bin Salem`. */
const NAME_PARTICLES = wordSet(nameParticles);
/** `By Monday, ...` and `By June 2022, ...` open sentences, not bylines. */
const TIME_WORDS = wordSet(weekdays, months, timeWords);
/** What may follow a byline's names: an agency (capitalised) or a newsroom title (`Associated Press`, `staff writer`). */
const AFFILIATION_WORDS = wordSet(affiliations);
const CAPITALISED_WORD = /^\p{Lu}[\p{L}\p{M}'\u2019.&/-]*$/u;

/** `Jane Doe`: one to five name words, the first not a day, month or time. */
function isPersonName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length > 5 || TIME_WORDS.has(words[0]!)) return false;
  return NAME_WORD.test(words[0]!) && words.every((word) => NAME_WORD.test(word) || NAME_PARTICLES.has(word));
}

function isAffiliation(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return (
    words.length <= 8 && !/[.!?]$/.test(text.trim()) && words.every((word) => CAPITALISED_WORD.test(word) || AFFILIATION_WORDS.has(word))
  );
}

const BYLINE = /^By\s+(.+?)(?:(?:,\s*|\s+(?:in|for)\s+)(.+))?$/u;

/** `By Jane Doe`, `By Jane Doe and John Smith, Associated Press`, `By Kim Min-ji in Seoul`. */
export function isByline(text: string): boolean {
  const match = BYLINE.exec(text.trim());
  if (!match) return false;
  const people = match[1]!.split(/\s+and\s+|\s*&\s*/);
  return people.every(isPersonName) && (match[2] === undefined || isAffiliation(match[2]));
}

/**
 * A headline: one line, shorter than a paragraph, not ending like a sentence
 * in the middle of a story (a colon, comma or full stop), beginning with a
 * capital, a digit or a quotation mark.
 */
export function isHeadlineShaped(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length < 3 || trimmed.length > 200) return false;
  if (/[.,;:]$/.test(trimmed)) return false;
  return /^["'\u2018\u201C\p{Lu}\d]/u.test(trimmed);
}

/** A crosshead: a few words on their own between paragraphs: `'Friendship'`. */
export function isCrossheadShaped(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 80) return false;
  if (trimmed.split(/\s+/).length > 10) return false;
  return !/[.,;:]$/.test(trimmed);
}

/** What a scraper leaves beside a photo: its site markers (`TT`, `Photo`) and the agencies' bare names (`NTB`, `(EPA)`). */
const PHOTO_DEBRIS = new Set([...lowerCaseSet(siteMarkers), ...lowerCaseSet(photoAgencies)]);

/**
 * Debris beside captions: a site marker or an agency's name alone on its
 * line, in emphasis or brackets, with a trailing colon or dots
 * (`**Photo:**`, `(EPA)`). Words of copy, however few, are not debris.
 */
export function isPhotoDebris(text: string): boolean {
  const bare = text
    .trim()
    .replace(/^[*_]+|[*_]+$/g, '')
    .replace(/^\((.*)\)$/, '$1')
    .replace(/[\s:.\u2026>\u00BB\u203A]+$/u, '')
    .trim();
  return PHOTO_DEBRIS.has(bare.toLowerCase());
}
