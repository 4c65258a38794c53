import { spellingKey } from '../text/spelling-key';
import { BoundedMap } from '../bounded-map';
import type { EntityType } from '../entities/mention';
import { FIELD, SortedLines } from './sorted-lines';

/**
 * What an item of the link table is. A `region-cued` region is named so in
 * prose only beside its kind (`the Amur region`, `Tula Oblast`), since its
 * bare name is a river's or a city's; `capital` is a country's capital city.
 * The order is the table's: each item stores its kind's index.
 */
export const KINDS = [
  'country',
  'capital',
  'city',
  'region',
  'region-cued',
  'nationality',
  'in-office',
  'former-office',
  'party',
  'government',
  'organisation',
  'brand',
] as const;
export type LinkKind = (typeof KINDS)[number];

/** The kinds of item a mention of each type may name. */
export const KINDS_OF_TYPE: Readonly<Record<EntityType, readonly LinkKind[]>> = {
  person: ['in-office', 'former-office'],
  organization: ['party', 'government', 'organisation'],
  place: ['country', 'capital', 'city', 'region', 'region-cued'],
  nationality: ['nationality'],
  // A product named in the copy (`a can of Coca-Cola`) is the brand; the company's name is the company.
  other: ['brand'],
};

/** One Wikidata item the table knows. */
export interface LinkItem {
  readonly qid: string;
  readonly kind: LinkKind;
  /** Short, from the table's build: `President of Russia (since 2012, as of 2022)`, `city in Ontario, Canada`. */
  readonly description: string;
  /** The QIDs of the countries and regions it belongs to (a country: itself). */
  readonly cues: readonly string[];
}

/** An item a name may stand for. */
export interface Candidate {
  readonly item: LinkItem;
  /** The name is the item's nationality (`Russian` for Russia), not its own name. */
  readonly nationality: boolean;
  /** A name the table made (`Democrats` for a party), which links only where the article names the item's country. */
  readonly derived: boolean;
}

export interface LinkTable {
  /** The items `name` (as written) may stand for. */
  candidates(name: string): readonly Candidate[];
  item(qid: string): LinkItem | undefined;
}

/** The link table's file: three strings of sorted lines (see scripts/data/build-link-table.ts). */
export interface LinkTableFile {
  readonly names: string;
  readonly items: string;
  readonly descriptions: string;
}

/** A name as the table keys it: case, accents, hyphens, dots and apostrophes set aside (`Kim Jong-un` is `kim jong un`). */
export function linkKey(name: string): string {
  return spellingKey(name);
}

/**
 * A description as the table stores it, less what many share: a former
 * office's `former `, and its dates (`since 2012, as of 2022` is `s2012.2022`,
 * `2009–2017` is `2009-2017`), kept apart so that one office is stored once.
 */
export function splitDescription(description: string): { stem: string; dates: string } {
  const since = /^(.*) \(since (\d{4}), as of (\d{4})\)$/u.exec(description);
  if (since) return { stem: since[1]!.replace(/^former /u, ''), dates: `s${since[2]}.${since[3]}` };
  const term = /^(.*) \((\d{4})–(\d{4})\)$/u.exec(description);
  if (term) return { stem: term[1]!.replace(/^former /u, ''), dates: `${term[2]}-${term[3]}` };
  return { stem: description.replace(/^former /u, ''), dates: '' };
}

function joinDescription(stem: string, dates: string, kind: LinkKind): string {
  const former = kind === 'former-office' ? 'former ' : '';
  const since = /^s(\d{4})\.(\d{4})$/u.exec(dates);
  const term = /^(\d{4})-(\d{4})$/u.exec(dates);
  const when = since ? ` (since ${since[1]}, as of ${since[2]})` : term ? ` (${term[1]}–${term[2]})` : '';
  return `${former}${stem}${when}`;
}

/** The table over its file; each line is read when first asked for, and kept. */
export function linkTableFrom(file: LinkTableFile): LinkTable {
  const names = new SortedLines(file.names);
  const items = new SortedLines(file.items);
  const descriptions = new SortedLines(file.descriptions);
  const known = new Map<string, LinkItem | null>();
  const readItem = (qid: string): LinkItem | null => {
    const line = items.find(qid.slice(1));
    if (line === undefined) return null;
    const [kindIndex, stem, dates, cues] = line.split(FIELD);
    const kind = KINDS[Number(kindIndex)]!;
    const description = joinDescription(descriptions.line(Number(stem)) ?? '', dates ?? '', kind);
    return { qid, kind, description, cues: cues ? cues.split(' ').map((cue) => `Q${cue}`) : [] };
  };
  const item = (qid: string): LinkItem | undefined => {
    let found = known.get(qid);
    if (found === undefined) known.set(qid, (found = readItem(qid)));
    return found ?? undefined;
  };
  const read = (key: string): Candidate[] =>
    (names.find(key)?.split(' ') ?? []).flatMap((ref) => {
      const found = item(`Q${/^\d+/u.exec(ref)![0]}`);
      return found ? [{ item: found, nationality: ref.includes('n'), derived: ref.endsWith('*') }] : [];
    });
  // Names recur in every story (and every keystroke links a story again): each answer is kept, up to a bound.
  const answers = new BoundedMap<string, readonly Candidate[]>(20_000);
  const candidates = (name: string): readonly Candidate[] => {
    const key = linkKey(name);
    let found = answers.get(key);
    if (found === undefined) answers.set(key, (found = read(key)));
    return found;
  };
  return { candidates, item };
}
