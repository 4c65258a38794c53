import { BoundedMap } from '../bounded-map';
import { tokenize, type Token } from './tokenize';

/**
 * Lists of known names the tagger consults as evidence (never as a verdict):
 * countries, regions, cities, nationalities, office-holders, organisations,
 * given names, organisation endings, titles, months. Entries are lower-case
 * token sequences joined by one space; each maps to the lists it belongs to.
 * The shipped lists are data of their own (`src/core/lexicon/gazetteer.json`,
 * with each name's Wikidata items), read by `gazetteerFromRows`.
 */
export interface Gazetteer {
  readonly entries: GazetteerEntries;
  /** Whether some entry starts with `key` and goes on (`new` before `new york`), so matching stops as soon as none can. */
  continues(key: string): boolean;
}

/** What is read of the entries: the lists of one key. */
export interface GazetteerEntries {
  get(key: string): readonly string[] | undefined;
  has(key: string): boolean;
}

/** A gazetteer over a map of entries (a handful, in tests; the shipped one is read from its rows). */
export function gazetteerFrom(entries: ReadonlyMap<string, readonly string[]>): Gazetteer {
  const prefixes = new Set<string>();
  for (const key of entries.keys()) for (let at = key.indexOf(' '); at > 0; at = key.indexOf(' ', at + 1)) prefixes.add(key.slice(0, at));
  return { entries, continues: (key) => prefixes.has(key) };
}

/**
 * The gazetteer from its rows, `key<TAB>lists<TAB>QIDs` a line, sorted by
 * key. Nothing is built per row at load but the offset of each line: a key
 * is found by binary search, so loading costs one pass over the text.
 * Rows with the same lists share one array.
 */
export function gazetteerFromRows(rows: string): Gazetteer {
  const starts = lineStarts(rows);
  const keyAt = (line: number): string => rows.slice(starts[line], rows.indexOf('\t', starts[line]));
  /** The first line whose key is not below `key`. */
  const lowerBound = (key: string): number => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (keyAt(middle) < key) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const shared = new Map<string, readonly string[]>();
  const get = (key: string): readonly string[] | undefined => {
    const line = lowerBound(key);
    if (line >= starts.length - 1 || keyAt(line) !== key) return undefined;
    const from = starts[line]! + key.length + 1;
    const names = rows.slice(from, rows.indexOf('\t', from));
    let lists = shared.get(names);
    if (lists === undefined) shared.set(names, (lists = names.split(',')));
    return lists;
  };
  const continues = (key: string): boolean => {
    const line = lowerBound(`${key} `);
    return line < starts.length - 1 && rows.startsWith(`${key} `, starts[line]!);
  };
  // Names recur in every text: each answer is kept, up to a bound.
  const found = new BoundedMap<string, readonly string[] | null>(50_000);
  const going = new BoundedMap<string, boolean>(50_000);
  const recalled = (key: string): readonly string[] | undefined => {
    let lists = found.get(key);
    if (lists === undefined) found.set(key, (lists = get(key) ?? null));
    return lists ?? undefined;
  };
  const recalledContinues = (key: string): boolean => {
    let answer = going.get(key);
    if (answer === undefined) going.set(key, (answer = continues(key)));
    return answer;
  };
  return { entries: { get: recalled, has: (key) => recalled(key) !== undefined }, continues: recalledContinues };
}

/** Where each line starts, and one past the end: one pass over the rows. */
function lineStarts(rows: string): Uint32Array {
  const starts = [0];
  for (let at = rows.indexOf('\n'); at >= 0; at = rows.indexOf('\n', at + 1)) starts.push(at + 1);
  starts.push(rows.length + 1);
  return Uint32Array.from(starts);
}

/** `Russian`, `North Korean`, `Ukrainians`: words the gazetteer lists as adjectives or nouns of nationality. */
export function isNationality(word: string, gazetteer: Gazetteer): boolean {
  return gazetteer.entries.get(nameKey(word))?.includes('nationality') ?? false;
}

/** A name is a nationality when it, or each part of a hyphenated compound (`Korean-Russian`), is one. */
export function isNationalityName(text: string, gazetteer: Gazetteer): boolean {
  return text.split('-').every((part) => part !== '' && isNationality(part, gazetteer));
}

/** The lists a name (as written: `Democratic People's Republic of Korea`) is in, looked up by its tokens. */
export function listsOf(name: string, gazetteer: Gazetteer): readonly string[] {
  return gazetteer.entries.get(nameKey(name)) ?? [];
}

/** A name as the gazetteer keys it: its tokens in lower case, one space between (a possessive's `'s` stands apart). */
function nameKey(name: string): string {
  if (/^[\p{L}\p{N}]+$/u.test(name)) return name.toLowerCase();
  return tokenize(name)
    .map((token) => token.text.toLowerCase())
    .join(' ');
}

/** Per token, the gazetteer lists it falls in, as `B-list` (first word of a match) or `I-list`. */
export type GazetteerMarks = ReadonlyArray<readonly string[]>;

const NO_MARKS: readonly string[] = [];

/**
 * Longest-first matches of gazetteer entries starting at capitalised tokens
 * (every entry is a name, so a match must look like one in the text).
 * `lower` holds each token's text in lower case.
 */
export function markGazetteer(tokens: readonly Token[], lower: readonly string[], gazetteer: Gazetteer): GazetteerMarks {
  const marks = new Array<readonly string[]>(tokens.length).fill(NO_MARKS);
  const mark = (i: number, list: string): void => {
    if (marks[i] === NO_MARKS) marks[i] = [list];
    else (marks[i] as string[]).push(list);
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!startsUpper(tokens[i]!.text)) continue;
    const keys = [lower[i]!];
    for (let n = 1; i + n < tokens.length && gazetteer.continues(keys[n - 1]!); n++) keys.push(`${keys[n - 1]} ${lower[i + n]}`);
    for (let n = keys.length; n >= 1; n--) {
      const lists = gazetteer.entries.get(keys[n - 1]!);
      if (!lists) continue;
      for (const list of lists) {
        mark(i, `B-${list}`);
        for (let k = 1; k < n; k++) mark(i + k, `I-${list}`);
      }
      break;
    }
  }
  return marks;
}

/** The first UTF-16 unit changes in lower case; ASCII is decided without lower-casing (this runs for every token). */
function startsUpper(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = word[0]!;
  return first !== first.toLowerCase();
}

/** Lists whose names stand for places, for telling two names joined by a hyphen. */
const PLACE_LISTS = ['country', 'city', 'region'];

function isPlaceWord(word: string, gazetteer: Gazetteer): boolean {
  return gazetteer.entries.get(word.toLowerCase())?.some((list) => PLACE_LISTS.includes(list)) ?? false;
}

/**
 * The tokens with each hyphenated pair of places split in two: `Moscow-Pyongyang`
 * and `Russia-DPRK` are two names (an axis, a border), while `Jong-un`,
 * `Coca-Cola` and `Bailey-Ross` stay one word. A pair splits only when the
 * gazetteer knows both halves as places.
 */
export function splitNamePairs(tokens: readonly Token[], gazetteer: Gazetteer): Token[] {
  const result: Token[] = [];
  for (const token of tokens) {
    const hyphen = token.text.indexOf('-');
    if (hyphen <= 0 || !startsUpper(token.text) || token.text.indexOf('-', hyphen + 1) >= 0) {
      result.push(token);
      continue;
    }
    const before = token.text.slice(0, hyphen);
    const after = token.text.slice(hyphen + 1);
    if (!startsUpper(after) || !isPlaceWord(before, gazetteer) || !isPlaceWord(after, gazetteer)) {
      result.push(token);
      continue;
    }
    const at = token.start + hyphen;
    result.push(
      { start: token.start, end: at, text: before, lineStart: token.lineStart },
      { start: at, end: at + 1, text: '-', lineStart: false },
      { start: at + 1, end: token.end, text: after, lineStart: false },
    );
  }
  return result;
}
