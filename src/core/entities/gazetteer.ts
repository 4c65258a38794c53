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

/** Per token, the gazetteer lists it falls in, as `B-list` (first word of a match) or `I-list`. */
export type GazetteerMarks = ReadonlyArray<readonly string[]>;

const NO_MARKS: readonly string[] = [];

/**
 * Longest-first matches of gazetteer entries starting at capitalised tokens
 * (every entry is a name, so a match must look like one in the text).
 */
export function markGazetteer(tokens: readonly Token[], gazetteer: Gazetteer): GazetteerMarks {
  const marks: string[][] = tokens.map(() => []);
  const lower = tokens.map((t) => t.text.toLowerCase());
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
        marks[i]!.push(`B-${list}`);
        for (let k = 1; k < n; k++) marks[i + k]!.push(`I-${list}`);
      }
      break;
    }
  }
  return marks.map((m) => (m.length === 0 ? NO_MARKS : m));
}

function startsUpper(word: string): boolean {
  const first = word[0]!;
  return first !== first.toLowerCase();
}
