import type { EntityType, Mention } from '../entities/mention';
import { opensSentence } from '../text/sentence';
import { spellingKey } from '../text/spelling-key';
import { extentOf, type Span } from '../text/span';
import type { Dictionary, DictionaryEntry } from './dictionary';
import type { Entity, EntityMention } from './model';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every place a dictionary name or alias appears in the prose, longest names first so `Kim Jong Un` wins over `Kim`. */
function dictionaryMentions(text: string, prose: readonly Span[], dictionary: Dictionary): Array<Mention & { entry: DictionaryEntry }> {
  const forms = dictionary.entries
    .flatMap((entry) => [entry.name, ...entry.aliases].map((form) => ({ form, entry })))
    .sort((a, b) => b.form.length - a.form.length);
  const found: Array<Mention & { entry: DictionaryEntry }> = [];
  for (const { form, entry } of forms) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const span of prose) {
      for (const match of text.slice(span.start, span.end).matchAll(pattern)) {
        const start = span.start + match.index;
        const end = start + form.length;
        if (!found.some((other) => other.start < end && start < other.end)) found.push({ start, end, text: form, type: entry.type, entry });
      }
    }
  }
  return found;
}

/** Tokens of a name, for matching `Peskov` to `Dmitry Peskov`. */
function tokens(name: string): string[] {
  return spellingKey(name).split(' ');
}

/**
 * The longer name a short one stands for within the article: a person's
 * surname or family name (`Peskov`, `Kim`), whatever type the tagger gave
 * the lone word. Among several, the one mentioned most, then first.
 */
function longerForm(mention: Mention, groups: ReadonlyMap<string, Group>): Group | undefined {
  const spelledOut = acronymFor(mention.text, groups);
  if (spelledOut) return spelledOut;
  const own = tokens(mention.text);
  // Only people go by part of their name; `Ukraine` is not short for `Ukraine Realizes`.
  if (own.length !== 1 || mention.type === 'place') return undefined;
  const candidates = [...groups.values()].filter((group) => {
    if (group.type !== 'person') return false;
    const words = tokens(group.canonical);
    return words.length > 1 && (words[words.length - 1] === own[0] || words[0] === own[0]);
  });
  return candidates.sort((a, b) => b.mentions.length - a.mentions.length || a.first - b.first)[0];
}

/** Small words an acronym leaves out: `UN` for `United Nations`, `DPRK` for `Democratic People's Republic of Korea`. */
const ACRONYM_SKIPS = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&']);

/** `EU` for `European Union`: an all-capitals word spelling the initials of a longer organisation or place named in the article. */
function acronymFor(text: string, groups: ReadonlyMap<string, Group>): Group | undefined {
  if (!/^\p{Lu}{2,6}$/u.test(text)) return undefined;
  return [...new Set(groups.values())].find((group) => {
    if (group.type !== 'organization' && group.type !== 'place') return false;
    const words = group.canonical.split(/[\s-]+/).filter((word) => !ACRONYM_SKIPS.has(word.toLowerCase()));
    return words.length === text.length && words.every((word, index) => word[0] === text[index]);
  });
}

interface Group {
  canonical: string;
  type: EntityType;
  wikidata?: string;
  first: number;
  fromDictionary: boolean;
  mentions: Array<Mention & { fromDictionary: boolean }>;
}

/**
 * Ties the article's mentions into entities. Dictionary names and aliases
 * come first and always win; the tagger's mentions fill in the rest, with
 * spellings that differ only in hyphens, accents or case joined, and a lone
 * surname joined to the full name it stands for. A group's canonical name is
 * the dictionary's, else its fullest spelling, else the one the copy uses most.
 */
export function linkEntities(
  text: string,
  prose: readonly Span[],
  tagged: readonly Mention[],
  dictionary: Dictionary,
  body: readonly Span[],
): { entities: Entity[]; mentions: EntityMention[] } {
  // `prose` is every stretch names are looked for in; `tagged` came from the stretches the tagger read.
  const ignored = new Set(dictionary.ignore.map(spellingKey));
  const fromDictionary = dictionaryMentions(text, prose, dictionary);
  const fromTagger = tagged.filter(
    (mention) =>
      !ignored.has(spellingKey(mention.text)) && !fromDictionary.some((other) => other.start < mention.end && mention.start < other.end),
  );
  const groups = new Map<string, Group>();
  for (const mention of fromDictionary) {
    const key = `dictionary:${mention.entry.name}`;
    const group = groups.get(key) ?? {
      canonical: mention.entry.name,
      type: mention.entry.type,
      ...(mention.entry.wikidata ? { wikidata: mention.entry.wikidata } : {}),
      first: mention.start,
      fromDictionary: true,
      mentions: [],
    };
    group.mentions.push({ start: mention.start, end: mention.end, text: mention.text, type: mention.entry.type, fromDictionary: true });
    groups.set(key, group);
  }
  // Full names before lone words, so `Peskov` finds `Dmitry Peskov` wherever it stands.
  const wordCount = new Map(fromTagger.map((mention) => [mention, tokens(mention.text).length]));
  const ordered = [...fromTagger].sort((a, b) => wordCount.get(b)! - wordCount.get(a)! || a.start - b.start);
  for (const mention of ordered) {
    const key = `${mention.type}:${spellingKey(mention.text)}`;
    const group = groups.get(key) ??
      longerForm(mention, groups) ?? {
        canonical: mention.text,
        type: mention.type,
        first: mention.start,
        fromDictionary: false,
        mentions: [],
      };
    group.mentions.push({ ...mention, fromDictionary: false });
    group.first = Math.min(group.first, mention.start);
    if (!groups.has(key) && group.mentions.length === 1) groups.set(key, group);
  }
  addUntaggedNames(text, prose, groups);
  const entities: Entity[] = [];
  const mentions: EntityMention[] = [];
  for (const group of new Set(groups.values())) {
    const canonical = group.fromDictionary ? group.canonical : canonicalSpelling(group, body);
    const linked = group.mentions.sort((a, b) => a.start - b.start).map((mention): EntityMention => ({ ...mention, entity: canonical }));
    entities.push({ canonical, type: group.type, ...(group.wikidata ? { wikidata: group.wikidata } : {}), mentions: linked });
    mentions.push(...linked);
  }
  entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return { entities, mentions: mentions.sort((a, b) => a.start - b.start) };
}

/**
 * Once the copy names something, the same words are that name wherever
 * they stand, even where the tagger missed them or was not asked: in the
 * title-case headline, or `Magnusson said` at the start of a sentence.
 * Each group's spellings (and a person's surname) are looked for, longest
 * first, as whole words with their capitals, where nothing else is tagged.
 */
function addUntaggedNames(text: string, prose: readonly Span[], groups: ReadonlyMap<string, Group>): void {
  const forms: Array<{ form: string; group: Group }> = [];
  for (const group of new Set(groups.values())) {
    // A lone capitalised word the tagger saw only opening sentences (`Harbour pilots said …`) may be no name at all.
    const trusted = group.mentions.filter(
      (mention) => mention.text.includes(' ') || group.type === 'person' || !opensSentence(text, mention.start),
    );
    const spellings = new Set(trusted.map((mention) => mention.text));
    const words = group.canonical.split(/\s+/);
    const surname = words[words.length - 1]!;
    if (group.type === 'person' && words.length > 1 && surname.length > 2) spellings.add(surname);
    for (const form of spellings) if (form.length > 1 && /^\p{Lu}/u.test(form)) forms.push({ form, group });
  }
  forms.sort((a, b) => b.form.length - a.form.length);
  const taken = new TakenStretches(
    prose,
    [...new Set(groups.values())].flatMap((group) => group.mentions),
  );
  for (const { at, form, group } of placesOfForms(text, prose, forms)) {
    const end = at + form.length;
    if (taken.overlaps(at, end)) continue;
    const mention = { start: at, end, text: form, type: group.type, fromDictionary: false };
    group.mentions.push(mention);
    taken.take(at, end);
  }
}

/**
 * Where each form stands as a whole word in the prose, longest forms first
 * and in text order within a form: the order in which they claim the text.
 * One pass over the capitals of the prose, not one search per form.
 */
function placesOfForms<T extends { form: string }>(text: string, prose: readonly Span[], forms: readonly T[]): Array<T & { at: number }> {
  const byOpening = new Map<string, Array<{ rank: number; entry: T }>>();
  forms.forEach((entry, rank) => {
    const opening = entry.form.slice(0, 2);
    byOpening.set(opening, [...(byOpening.get(opening) ?? []), { rank, entry }]);
  });
  const places: Array<{ rank: number; at: number; entry: T }> = [];
  const wordStart = /(?<![\p{L}\p{N}-])\p{Lu}/gu;
  for (const span of prose) {
    const stretch = text.slice(span.start, span.end);
    for (const match of stretch.matchAll(wordStart)) {
      for (const { rank, entry } of byOpening.get(stretch.slice(match.index, match.index + 2)) ?? []) {
        const end = match.index + entry.form.length;
        if (stretch.startsWith(entry.form, match.index) && !/[\p{L}\p{N}-]/u.test(stretch[end] ?? ' '))
          places.push({ rank, at: span.start + match.index, entry });
      }
    }
  }
  return places.sort((a, b) => a.rank - b.rank || a.at - b.at).map(({ at, entry }) => ({ ...entry, at }));
}

/** The stretches of the prose already named, as a mark per character, so a claim is checked without a search. */
class TakenStretches {
  private readonly from: number;
  private readonly marks: Uint8Array;

  constructor(prose: readonly Span[], taken: readonly Span[]) {
    const extent = extentOf(prose);
    this.from = extent.start;
    this.marks = new Uint8Array(extent.end - extent.start);
    for (const span of taken) this.take(span.start, span.end);
  }

  overlaps(start: number, end: number): boolean {
    for (let at = Math.max(start, this.from); at < end && at - this.from < this.marks.length; at++)
      if (this.marks[at - this.from] === 1) return true;
    return false;
  }

  take(start: number, end: number): void {
    this.marks.fill(1, Math.max(0, start - this.from), Math.max(0, end - this.from));
  }
}

/** The fullest spelling; among equally full ones, the one the body uses most (captions are pasted from elsewhere). */
function canonicalSpelling(group: Group, body: readonly Span[]): string {
  const counts = new Map<string, number>();
  for (const mention of group.mentions) {
    const inBody = body.some((span) => span.start <= mention.start && mention.end <= span.end);
    // A wire dateline's capitals (`BODØ`) are how datelines are set, not how the name is spelt.
    const shouted = mention.text.length > 1 && mention.text === mention.text.toUpperCase() && mention.text !== mention.text.toLowerCase();
    counts.set(mention.text, (counts.get(mention.text) ?? 0) + (shouted ? 0 : inBody ? 1 : 0.001));
  }
  return [...counts.entries()].sort((a, b) => tokens(b[0]).length - tokens(a[0]).length || b[1] - a[1])[0]![0];
}
