import regionWords from '../lexicon/region-words.json';
import type { Span } from '../text/span';
import { officeKinds } from './offices';

/** What the words around one mention say about which of its namesakes it is. */
export interface LocalCues {
  /** `the Moscow region`, `Tver Oblast`, `the province of Luxembourg`, `the Tula, Kaluga and Tver regions`. */
  readonly region: boolean;
  /** `Luxembourg City`, `the city of Uglegorsk`. */
  readonly city: boolean;
  /** `London, Ontario`: the words after the comma, which name where the place is. */
  readonly qualifier?: string;
  /** `in Luxembourg`: a place a preposition puts something in, which may be a country or its capital alike. */
  readonly locative: boolean;
  /** The person's title in the copy, before the name or in an apposition after it (`unification minister`). */
  readonly title?: string;
  /** `LUXEMBOURG, Oct 3 (Reuters) -`: a name in capitals opening a line before a comma or an agency, a wire dateline's city. */
  readonly datelineCity: boolean;
}

const REGION = `(?:${regionWords.words.join('|')})`;
const NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s\\p{Lu}[\\p{L}'’.-]*){0,2}";
const REGION_AFTER = new RegExp(`^(?:\\s+${REGION}|(?:,\\s+${NAME})*,?\\s+(?:and|or)\\s+${NAME}\\s+${REGION})\\b`, 'iu');
const REGION_BEFORE = new RegExp(`\\b${REGION}\\s+of\\s+(?:the\\s+)?$`, 'iu');
const QUALIFIER = new RegExp(`^,\\s+(${NAME})(?=[\\s,.;:)]|$)`, 'u');
/** A first look for a region's word, cheaper than the patterns that place it: most names have none near. */
const ANY_REGION = new RegExp(`\\b${REGION}\\b`, 'i');

/**
 * The cues around `mention` in `text`; `role` is the title the tagger kept,
 * if any. A title is read only for a person (`person`), the one kind an
 * office tells apart.
 */
export function localCues(text: string, mention: Span & { readonly role?: string }, person = true): LocalCues {
  // Patterns anchored at the end are tried from every position: the words just before are enough.
  const before = text.slice(Math.max(0, mention.start - 32), mention.start);
  const after = text.slice(mention.end, mention.end + 80);
  const qualifier = after.startsWith(',') ? QUALIFIER.exec(after)?.[1] : undefined;
  const titles = person ? [mention.role, titleBefore(text.slice(Math.max(0, mention.start - 80), mention.start)), titleAfter(after)] : [];
  const title = titles.filter((t): t is string => !!t).join(' ');
  return {
    region: (ANY_REGION.test(after) && REGION_AFTER.test(after)) || (ANY_REGION.test(before) && REGION_BEFORE.test(before)),
    city: /^\s+City\b/u.test(after) || /\bcity of\s+$/iu.test(before.slice(-10)),
    ...(qualifier ? { qualifier } : {}),
    locative: /\b(?:in|at|from|near|outside|inside)\s+$/iu.test(before.slice(-9)),
    ...(title ? { title } : {}),
    datelineCity: isDatelineCity(text, mention, after),
  };
}

function isDatelineCity(text: string, mention: Span, after: string): boolean {
  const words = text.slice(mention.start, mention.end);
  const opensLine = mention.start === 0 || text[mention.start - 1] === '\n';
  return opensLine && words.length > 2 && words === words.toUpperCase() && /^(?:,|\s*\()/u.test(after);
}

/**
 * `South Korea's unification minister, Kim Young-ho`: the words just before
 * a name, when they end in an office (within the last four words, so a
 * clause that merely mentions an office earlier is not taken for a title).
 */
function titleBefore(before: string): string | undefined {
  let from = before.length;
  while (from > 0 && !'.;:!?()\n"“”'.includes(before[from - 1]!)) from--;
  const clause = before.slice(from).replace(/,\s*$/u, '');
  const last = (clause.split(/,\s*|\s[-–—]+\s/u).pop() ?? '').trim();
  const tail = last.split(/\s+/u).slice(-4).join(' ');
  return officeKinds(tail).size > 0 ? last : undefined;
}

/** `Kim Young-ho, the unification minister,`: an apposition after a name, when it names an office. */
function titleAfter(after: string): string | undefined {
  const apposition = /^,\s+((?:the|a|an)\s+[^,.;:()\n]{3,60}?)(?=[,.;:)]|$)/u.exec(after)?.[1];
  return apposition && officeKinds(apposition).size > 0 ? apposition : undefined;
}

/** `Moscow Oblast`, `Luxembourg City`: a name with its kind written into it, as the bare name and the cue. */
export function withoutKindWord(name: string): { name: string; region: boolean; city: boolean } | undefined {
  const match = new RegExp(`^(.+?)\\s+(${REGION}|City)$`, 'iu').exec(name);
  if (!match) return undefined;
  const city = match[2] === 'City';
  return { name: match[1]!, region: !city, city };
}
