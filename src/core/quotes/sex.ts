import { EITHER, MEN_ONLY, WOMEN_ONLY } from './given-names';

export type Sex = 'male' | 'female';

const MEN = new Set(MEN_ONLY.split(' '));
const WOMEN = new Set(WOMEN_ONLY.split(' '));
const EITHER_SEX = new Set(EITHER.split(' '));

/** Whether `word` is a given name in the name lists, of either sex: `Chris`, `Jim`, `Ingrid`. */
export function isGivenName(word: string): boolean {
  const key = word.toLowerCase();
  return MEN.has(key) || WOMEN.has(key) || EITHER_SEX.has(key);
}

/**
 * What a person's given name says of their sex, when it is only a man's or
 * only a woman's: the first word (`Fiona MacLeod`), the last where it is
 * hyphenated, as Korean given names are (`Park Seo-yeon`), or a Vietnamese
 * middle name.
 */
export function sexOfName(name: string): Sex | undefined {
  const words = name.toLowerCase().split(/\s+/u);
  // Vietnamese middle names: `Pham Thi Hoa` is a woman, `Nguyen Van Minh` a man.
  if (words.length === 3 && /^\p{Lu}/u.test(name) && /\sThi\s/u.test(name)) return 'female';
  if (words.length === 3 && /\sVan\s\p{Lu}/u.test(name)) return 'male';
  const given = words.length > 1 && words.at(-1)!.includes('-') ? words.at(-1)! : words[0]!;
  return MEN.has(given) ? 'male' : WOMEN.has(given) ? 'female' : undefined;
}

export function otherSex(sex: Sex): Sex {
  return sex === 'male' ? 'female' : 'male';
}
