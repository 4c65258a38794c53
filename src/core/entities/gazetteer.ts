import type { Token } from './tokenize';

/**
 * Lists of known names the tagger consults as evidence (never as a verdict):
 * countries, cities, given names, demonyms, company forms, titles, months.
 * Entries are lower-case token sequences joined by one space; each maps to
 * the lists it belongs to.
 */
export interface Gazetteer {
  readonly entries: ReadonlyMap<string, readonly string[]>;
  /** Every leading part of an entry (`new`, `new york`), so matching stops as soon as no entry can follow. */
  readonly prefixes: ReadonlySet<string>;
}

export function gazetteerFrom(entries: ReadonlyMap<string, readonly string[]>): Gazetteer {
  const prefixes = new Set<string>();
  for (const key of entries.keys()) {
    const words = key.split(' ');
    for (let n = 1; n <= words.length; n++) prefixes.add(words.slice(0, n).join(' '));
  }
  return { entries, prefixes };
}

/** `Russian`, `Korean`: a word the gazetteer lists as an adjective of nationality. */
export function isDemonym(word: string, gazetteer: Gazetteer): boolean {
  return gazetteer.entries.get(word.toLowerCase())?.includes('demonym') ?? false;
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
    const keys: string[] = [];
    for (let key = lower[i]!, n = 1; gazetteer.prefixes.has(key); key = `${key} ${lower[i + n]}`, n++) {
      keys.push(key);
      if (i + n >= tokens.length) break;
    }
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
