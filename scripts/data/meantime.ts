import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../src/core/text/span';
import { isTitleWord } from '../../src/core/entities/titles';
import { tokenize, type Token } from '../../src/core/entities/tokenize';
import type { LabelledDoc } from './conll';

/** Where the shared data lives: `../shared/data` beside the repository, or `$COPYDESK_DATA`. */
export const DATA_DIR = process.env.COPYDESK_DATA ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'data');
const MEANTIME = join(DATA_DIR, 'meantime-en');

export type GoldType = 'PERSON' | 'ORGANIZATION' | 'LOCATION' | 'OTHER';

export interface GoldEntity extends Span {
  readonly text: string;
  readonly type: GoldType;
}

/** A gold TIMEX3: a date, time, duration or set, with its TimeML value. */
export interface GoldDate extends Span {
  readonly text: string;
  readonly type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  readonly value: string;
}

export interface MeantimeArticle {
  readonly id: string;
  readonly text: string;
  /** Gold exists only before this offset; predictions after it are not scored. */
  readonly annotatedEnd: number;
  readonly entities: readonly GoldEntity[];
  readonly dates: readonly GoldDate[];
  /** The document creation time (ISO), which equals the date line. */
  readonly dct: string;
}

export const CLASS_OF_GOLD: Readonly<Record<GoldType, string>> = {
  PERSON: 'PER',
  ORGANIZATION: 'ORG',
  LOCATION: 'LOC',
  OTHER: 'MISC',
};

export function splitIds(split: 'dev' | 'test'): string[] {
  return readFileSync(join(MEANTIME, 'split', `${split}.txt`), 'utf8')
    .split('\n')
    .filter(Boolean);
}

export function readArticle(id: string): MeantimeArticle {
  const gold = JSON.parse(readFileSync(join(MEANTIME, 'gold', `${id}.json`), 'utf8'));
  return {
    id,
    text: readFileSync(join(MEANTIME, 'articles', `${id}.txt`), 'utf8'),
    annotatedEnd: gold.annotated_end,
    entities: gold.entities,
    dates: gold.dates,
    dct: gold.dct,
  };
}

/** Lower-case words that may join the capitalised words of one name (`Bank of America`, `Boeing and Lockheed Martin`). */
const CONNECTORS = new Set(['of', 'and', '&', 'de', 'du', 'la', 'le', 'von', 'van', 'der', 'for', 'on', 'upon', 'al', 'el']);
/** Marks that end the name part of a noun phrase: an apposition, a bracketed acronym, a quotation. */
const CUTS = new Set([',', '(', ')', '-', '--', ';', ':', '"', '\u201C', '\u201D']);
/** Prepositions that start a post-modifier after the head name (`the Moscone Center in San Francisco`). */
const POST_MODIFIERS = new Set([
  'in',
  'near',
  'at',
  'with',
  'from',
  'within',
  'outside',
  'inside',
  'under',
  'over',
  'during',
  'after',
  'before',
  'by',
  'to',
  'into',
]);
/** Names whose own spelling has a possessive: `People's Republic`, `Standard & Poor's`. */
const POSSESSIVE_NAMES = new Set([
  'People',
  'Poor',
  'McDonald',
  'Macy',
  'Moody',
  'Sotheby',
  'Christie',
  'Lloyd',
  'Kellogg',
  'Wendy',
  'Hershey',
]);
const LEADING_ARTICLES = new Set(['the', 'a', 'an']);

/**
 * The name inside a MEANTIME mention. MEANTIME marks whole noun phrases
 * (`the United States Air Force (USAF`, `U.S. manufacturer General Motors`,
 * `Joe Leonard, Chairman … of AirTran Airways`, `Senator John McCain`);
 * the tagger and the product want the name alone, which in an English noun
 * phrase is its head, at the end. The rule, in order: cut at the first comma,
 * bracket, dash or quote mark; cut at a preposition that follows a name word;
 * keep what follows the last possessive (`Apple's OS X` → `OS X`, but
 * `People's Republic` stays); keep the last run of name words (words with a
 * capital or digit, joined by `of`, `and`, `&`…); drop a leading `The`; and
 * for a person keep what follows the last title word (`Australian Prime
 * Minister John Howard` → `John Howard`). Returns undefined when nothing
 * name-like is left.
 */
export function nameCore(tokens: readonly Token[], entity: GoldEntity): Span | undefined {
  let inside = tokens.filter((t) => t.start >= entity.start && t.end <= entity.end);
  inside = inside.slice(0, cutIndex(inside));
  const possessive = inside.findLastIndex((t, i) => isPossessive(t.text) && !POSSESSIVE_NAMES.has(inside[i - 1]?.text ?? ''));
  if (possessive >= 0) inside = inside.slice(possessive + 1);
  inside = lastNameRun(inside);
  while (inside.length > 0 && LEADING_ARTICLES.has(inside[0]!.text.toLowerCase())) inside = inside.slice(1);
  if (entity.type === 'PERSON') {
    const title = inside.findLastIndex((t, i) => i < inside.length - 1 && isTitleWord(t.text));
    inside = inside.slice(title + 1);
    if (inside.length > 0 && !isNameWord(inside[0]!.text)) return undefined;
  }
  if (inside.length === 0) return undefined;
  return { start: inside[0]!.start, end: inside[inside.length - 1]!.end };
}

function cutIndex(inside: readonly Token[]): number {
  const cut = inside.findIndex((t, i) => i > 0 && (CUTS.has(t.text) || (POST_MODIFIERS.has(t.text) && isNameWord(inside[i - 1]!.text))));
  return cut > 0 ? cut : inside.length;
}

/** The last stretch of name words, with connectors between name words kept. */
function lastNameRun(inside: readonly Token[]): Token[] {
  let run: Token[] = [];
  let last: Token[] = [];
  inside.forEach((t, i) => {
    const joins =
      run.length > 0 &&
      ((CONNECTORS.has(t.text) && i + 1 < inside.length && isNameWord(inside[i + 1]!.text)) ||
        (isPossessive(t.text) && POSSESSIVE_NAMES.has(inside[i - 1]!.text)));
    if (isNameWord(t.text) || joins) {
      run.push(t);
      last = run;
    } else run = [];
  });
  return last;
}

function isPossessive(word: string): boolean {
  return /^['\u2019]s?$/iu.test(word);
}

function isNameWord(word: string): boolean {
  return /[\p{Lu}\p{N}]/u.test(word);
}

/**
 * The names of an article as non-overlapping spans: each gold mention's
 * name core, longest first, skipping any that overlaps one already taken
 * (nested gold: `Airbus parent EADS` gives `EADS`, its inner `Airbus` stays).
 */
export function goldNames(
  article: MeantimeArticle,
  tokens: readonly Token[] = tokenize(article.text),
): Array<Span & { entityClass: string }> {
  const cores = article.entities
    .map((entity) => ({ core: nameCore(tokens, entity), entityClass: CLASS_OF_GOLD[entity.type] }))
    .filter((c): c is { core: Span; entityClass: string } => c.core !== undefined)
    .sort((a, b) => b.core.end - b.core.start - (a.core.end - a.core.start) || a.core.start - b.core.start);
  const taken: Array<Span & { entityClass: string }> = [];
  for (const { core, entityClass } of cores) {
    if (taken.some((t) => t.start < core.end && core.start < t.end)) continue;
    taken.push({ ...core, entityClass });
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** An article's annotated part as a training document: tokens before `annotated_end`, labelled from its gold names. */
export function meantimeDoc(article: MeantimeArticle, tokensOf: (text: string) => Token[] = tokenize): LabelledDoc {
  const tokens = tokensOf(article.text).filter((t) => t.end <= article.annotatedEnd);
  const labels = tokens.map(() => 'O');
  for (const name of goldNames(article, tokens)) {
    tokens.forEach((t, i) => {
      if (t.start >= name.start && t.end <= name.end) labels[i] = `${t.start === name.start ? 'B' : 'I'}-${name.entityClass}`;
    });
  }
  return { source: 'meantime-dev', tokens, labels };
}
