import type { Token } from './tokenize';

/**
 * Lists of known names the tagger consults as evidence (never as a verdict):
 * countries, cities, given names, demonyms, company forms, titles, months.
 * Entries are lower-case token sequences joined by one space; each maps to
 * the lists it belongs to.
 */
export interface Gazetteer {
  readonly entries: ReadonlyMap<string, readonly string[]>;
  /** The most tokens any entry has, so matching knows how far to look. */
  readonly longest: number;
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
    let key = '';
    const keys: string[] = [];
    for (let n = 0; n < gazetteer.longest && i + n < tokens.length; n++) {
      key = n === 0 ? lower[i]! : `${key} ${lower[i + n]}`;
      keys.push(key);
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
