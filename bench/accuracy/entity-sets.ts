import { isNationalityName, type Gazetteer } from '../../src/core/entities/gazetteer';
import type { EntityType, Mention } from '../../src/core/entities/mention';
import type { Span } from '../../src/core/text/span';
import { goldFor, type MatchMode } from './score';
import { readArticle, splitIds, type MeantimeArticle } from '../../scripts/data/meantime';
import { readGoldDocs, type GoldClass, type SetConventions } from '../../scripts/data/sets';

/**
 * The entity sets scored by `npm run bench:accuracy` and used for tuning,
 * each read by its README's conventions. Every set is scored the CoNLL way:
 * a name is right when its start, its end and (typed) its kind are the
 * gold's. Nationality is scored only where a set labels it throughout
 * (re3d, as MISC); where a set leaves nationality adjectives unlabelled
 * (GUM, WNUT-17, UNER) or labels only some (MEANTIME marks a few as
 * places), nationality predictions and any gold nationality are left out on
 * both sides, as UNER's missing MISC class leaves out `other`.
 */

export type Kind = EntityType;
export const KINDS: readonly Kind[] = ['person', 'organization', 'place', 'nationality', 'other'];

export interface ScoredDoc {
  readonly id: string;
  readonly text: string;
  /** Predictions from here on are not scored (MEANTIME annotates only the first sentences). */
  readonly annotatedEnd: number;
  readonly gold: ReadonlyArray<Span & { kind: Kind }>;
}

export interface ScoredSet {
  readonly name: string;
  /** Kinds this set's gold does not label: predictions of these kinds are not scored. */
  readonly unscored: ReadonlySet<Kind>;
  readonly docs: readonly ScoredDoc[];
}

const KIND_OF_CLASS: Readonly<Record<GoldClass, Kind>> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'place',
  MISC: 'other',
  NAT: 'nationality',
};

interface ConllSet extends SetConventions {
  readonly unscored: readonly Kind[];
}

const CONLL_SETS: readonly ConllSet[] = [
  { name: 'GUM test', file: 'gum/test.conll', unscored: ['nationality'] },
  { name: 'GUM dev', file: 'gum/dev.conll', unscored: ['nationality'] },
  {
    name: 'WNUT-17 test',
    file: 'wnut17/test.conll',
    sentencePerDoc: true,
    unscored: ['nationality'],
  },
  { name: 'WNUT-17 dev', file: 'wnut17/dev.conll', sentencePerDoc: true, unscored: ['nationality'] },
  { name: 're3d test', file: 're3d/test.conll', unscored: [] },
  { name: 're3d dev', file: 're3d/dev.conll', unscored: [] },
  {
    name: 'UNER English-PUD',
    file: 'eval-only/uner-pud/test.conll',
    unscored: ['nationality', 'other'],
  },
  {
    name: 'UNER English-EWT test',
    file: 'eval-only/uner-ewt/test.conll',
    unscored: ['nationality', 'other'],
  },
];

/** The gold class a set's name has under this project's kinds: its nationality words as `NAT`. */
export function goldClass(text: string, entityClass: string, gazetteer: Gazetteer): GoldClass {
  if ((entityClass === 'MISC' || entityClass === 'LOC') && isNationalityName(text, gazetteer)) return 'NAT';
  return entityClass as GoldClass;
}

function conllSet(conventions: ConllSet, gazetteer: Gazetteer): ScoredSet {
  const unscored = new Set(conventions.unscored);
  const docs = readGoldDocs(conventions, (text, entityClass) => goldClass(text, entityClass, gazetteer)).map((doc, i) => ({
    id: `${conventions.name} ${i + 1}`,
    text: doc.text,
    annotatedEnd: doc.text.length,
    gold: doc.names.map((n) => ({ start: n.start, end: n.end, kind: KIND_OF_CLASS[n.entityClass] })).filter((g) => !unscored.has(g.kind)),
  }));
  return { name: conventions.name, unscored, docs };
}

/** MEANTIME's gold, its nationality adjectives (gold places) as nationalities, which are then not scored. */
function meantimeDocs(articles: readonly MeantimeArticle[], mode: MatchMode, gazetteer: Gazetteer): ScoredDoc[] {
  return articles.map((article) => ({
    id: article.id,
    text: article.text,
    annotatedEnd: article.annotatedEnd,
    gold: goldFor(article, mode).map((g) =>
      g.kind === 'place' && isNationalityName(article.text.slice(g.start, g.end), gazetteer) ? { ...g, kind: 'nationality' as const } : g,
    ),
  }));
}

export function meantimeSet(name: string, articles: readonly MeantimeArticle[], mode: MatchMode, gazetteer: Gazetteer): ScoredSet {
  const unscored = new Set<Kind>(['nationality']);
  const docs = meantimeDocs(articles, mode, gazetteer).map((doc) => ({ ...doc, gold: doc.gold.filter((g) => !unscored.has(g.kind)) }));
  return { name, unscored, docs };
}

/** A set by name (`GUM test`, `MEANTIME test names`, …). */
export function scoredSet(name: string, gazetteer: Gazetteer): ScoredSet {
  const meantime = /^MEANTIME (dev|test) (names|spans)$/u.exec(name);
  if (meantime)
    return meantimeSet(
      name,
      splitIds(meantime[1] as 'dev' | 'test').map(readArticle),
      meantime[2] === 'names' ? 'name' : 'exact',
      gazetteer,
    );
  const conventions = CONLL_SETS.find((set) => set.name === name);
  if (!conventions) throw new Error(`no entity set ${name}`);
  return conllSet(conventions, gazetteer);
}

/** Counts for one kind (or all): predictions judged right, predictions, gold found, gold. */
export interface Tally {
  right: number;
  predicted: number;
  found: number;
  gold: number;
}

export type Tallies = Record<Kind | 'all', Tally>;

export function emptyTallies(): Tallies {
  const tally = (): Tally => ({ right: 0, predicted: 0, found: 0, gold: 0 });
  return { person: tally(), organization: tally(), place: tally(), nationality: tally(), other: tally(), all: tally() };
}

export interface SetScores {
  readonly exactTyped: Tallies;
  readonly exactUntyped: Tallies;
  readonly overlapTyped: Tallies;
  readonly overlapUntyped: Tallies;
}

/** Adds one document's counts: `overlap` matches any shared character, else the CoNLL way (same start and end). */
function scoreDoc(
  tallies: Tallies,
  doc: ScoredDoc,
  predicted: ReadonlyArray<Span & { kind: Kind }>,
  overlap: boolean,
  typed: boolean,
): void {
  const matches = (p: Span & { kind: Kind }, g: Span & { kind: Kind }): boolean =>
    (!typed || p.kind === g.kind) && (overlap ? p.start < g.end && g.start < p.end : p.start === g.start && p.end === g.end);
  const byStart = new Map<number, Array<Span & { kind: Kind }>>();
  for (const g of doc.gold) byStart.set(g.start, [...(byStart.get(g.start) ?? []), g]);
  const byPredicted = new Map<number, Array<Span & { kind: Kind }>>();
  for (const p of predicted) byPredicted.set(p.start, [...(byPredicted.get(p.start) ?? []), p]);
  for (const p of predicted) {
    const right = (overlap ? doc.gold.some((g) => matches(p, g)) : (byStart.get(p.start) ?? []).some((g) => matches(p, g))) ? 1 : 0;
    for (const tally of [tallies[p.kind], tallies.all]) {
      tally.predicted++;
      tally.right += right;
    }
  }
  for (const g of doc.gold) {
    const found = (overlap ? predicted.some((p) => matches(p, g)) : (byPredicted.get(g.start) ?? []).some((p) => matches(p, g))) ? 1 : 0;
    for (const tally of [tallies[g.kind], tallies.all]) {
      tally.gold++;
      tally.found += found;
    }
  }
}

/** Scores `tag` on every document of a set, the four ways. */
export function scoreSet(set: ScoredSet, tag: (text: string) => readonly Mention[]): SetScores {
  const scores: SetScores = {
    exactTyped: emptyTallies(),
    exactUntyped: emptyTallies(),
    overlapTyped: emptyTallies(),
    overlapUntyped: emptyTallies(),
  };
  for (const doc of set.docs) {
    const predicted = tag(doc.text)
      .filter((m) => m.start < doc.annotatedEnd && !set.unscored.has(m.type))
      .map((m) => ({ start: m.start, end: m.end, kind: m.type }));
    scoreDoc(scores.exactTyped, doc, predicted, false, true);
    scoreDoc(scores.exactUntyped, doc, predicted, false, false);
    scoreDoc(scores.overlapTyped, doc, predicted, true, true);
    scoreDoc(scores.overlapUntyped, doc, predicted, true, false);
  }
  return scores;
}

export function precision(t: Tally): number {
  return t.predicted === 0 ? 0 : t.right / t.predicted;
}

export function recall(t: Tally): number {
  return t.gold === 0 ? 0 : t.found / t.gold;
}

export function f1(t: Tally): number {
  const p = precision(t);
  const r = recall(t);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
