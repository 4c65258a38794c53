import { MEN_ONLY, WOMEN_ONLY } from './given-names';

export type Sex = 'male' | 'female';

const MEN = new Set(MEN_ONLY.split(' '));
const WOMEN = new Set(WOMEN_ONLY.split(' '));

/**
 * What a person's given name says of their sex, when it is only a man's or
 * only a woman's: the first word (`Fiona MacLeod`), or the last where it is
 * hyphenated, as Korean given names are (`Park Seo-yeon`).
 */
export function sexOfName(name: string): Sex | undefined {
  const words = name.toLowerCase().split(/\s+/u);
  const given = words.length > 1 && words.at(-1)!.includes('-') ? words.at(-1)! : words[0]!;
  return MEN.has(given) ? 'male' : WOMEN.has(given) ? 'female' : undefined;
}

export function otherSex(sex: Sex): Sex {
  return sex === 'male' ? 'female' : 'male';
}
