import { BoundedMap } from '../bounded-map';
import offices from '../lexicon/offices.json';

/** Each phrase of the office list with its kind, longest first, so `prime minister` is read before `minister`. */
const PHRASES: ReadonlyArray<{ words: string; kind: string }> = offices.words
  .flatMap((entry) => {
    const [kind, phrases] = entry.split(': ');
    return phrases!.split('|').map((words) => ({ words, kind: kind! }));
  })
  .sort((a, b) => b.words.length - a.words.length);

/**
 * The kinds of office a title or description names (`Defense Minister` →
 * minister; `Prime Minister of Ukraine` → head of government, not also
 * minister): phrases matched as whole words, longest first, none twice.
 */
export function officeKinds(text: string): ReadonlySet<string> {
  let kinds = known.get(text);
  if (kinds === undefined) known.set(text, (kinds = kindsIn(text)));
  return kinds;
}

/** Titles and descriptions recur (every mention of a minister, every minister of one office): each answer is kept, up to a bound. */
const known = new BoundedMap<string, ReadonlySet<string>>(5_000);

function kindsIn(text: string): Set<string> {
  let rest = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}.']+/gu, ' ')} `;
  const kinds = new Set<string>();
  for (const { words, kind } of PHRASES) {
    const at = rest.indexOf(` ${words} `);
    if (at < 0) continue;
    kinds.add(kind);
    rest = `${rest.slice(0, at)} | ${rest.slice(at + words.length + 2)}`;
  }
  return kinds;
}

/**
 * True when the copy's title for a person and the table's description of a
 * namesake name different offices and none in common: `unification
 * minister` and `Member of National Assembly of South Korea` are two people.
 */
export function officesDisagree(title: string, description: string): boolean {
  const said = officeKinds(title);
  const known = officeKinds(description);
  if (said.size === 0 || known.size === 0) return false;
  return ![...said].some((kind) => known.has(kind));
}
