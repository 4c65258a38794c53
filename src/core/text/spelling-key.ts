import { BoundedMap } from '../bounded-map';

/**
 * The key under which two spellings of one name meet: case, accents,
 * hyphens and apostrophes set aside (`Kim Jong-un` and `Kim Jong Un`).
 */
export function spellingKey(name: string): string {
  let key = spellingKeys.get(name);
  if (key === undefined) spellingKeys.set(name, (key = keyOfSpelling(name)));
  return key;
}

/** Names recur in every article (and every keystroke re-links one): their keys are kept, up to a bound. */
const spellingKeys = new BoundedMap<string, string>(20_000);

function keyOfSpelling(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[-\u2010-\u2015'\u2019.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
