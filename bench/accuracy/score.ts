import type { Mention } from '../../src/core/entities/mention';
import type { Span } from '../../src/core/text/span';
import { goldNames, type GoldType, type MeantimeArticle } from '../../scripts/data/meantime';

/**
 * Entity scores against MEANTIME gold. Three ways to match, because MEANTIME
 * marks noun phrases (`the U.S. Air Force`, `Senator John McCain`) while the
 * tagger marks names (`U.S. Air Force`, `John McCain`):
 * - `exact`: same start and end as a gold mention (the strictest, and unfair to names);
 * - `overlap`: a prediction is right if it overlaps a gold mention, a gold mention is
 *   found if a prediction overlaps it (the README's advice for NER-style scoring);
 * - `name`: same start and end as a gold mention's name core (see `nameCore`),
 *   the span the tagger is trained to produce.
 * Each `typed` or untyped. Predictions that start at or after `annotated_end` are dropped.
 */

export type MatchMode = 'exact' | 'overlap' | 'name';
export type Kind = Mention['type'];
export const KINDS: readonly Kind[] = ['person', 'organization', 'place', 'other'];

const KIND_OF_GOLD: Readonly<Record<GoldType, Kind>> = {
  PERSON: 'person',
  ORGANIZATION: 'organization',
  LOCATION: 'place',
  OTHER: 'other',
};
const KIND_OF_CLASS: Readonly<Record<string, Kind>> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };

/** Counts for one type (or all): predictions judged right, predictions, gold found, gold. */
export interface Tally {
  right: number;
  predicted: number;
  found: number;
  gold: number;
}

export type Tallies = Record<Kind | 'all', Tally>;

export function emptyTallies(): Tallies {
  const tally = (): Tally => ({ right: 0, predicted: 0, found: 0, gold: 0 });
  return { person: tally(), organization: tally(), place: tally(), other: tally(), all: tally() };
}

type Typed = Span & { kind: Kind };

export function goldFor(article: MeantimeArticle, mode: MatchMode): Typed[] {
  if (mode === 'name') return goldNames(article).map((n) => ({ start: n.start, end: n.end, kind: KIND_OF_CLASS[n.entityClass]! }));
  return article.entities.map((e) => ({ start: e.start, end: e.end, kind: KIND_OF_GOLD[e.type] }));
}

/** Adds one article's counts into `tallies`. */
export function scoreArticle(
  tallies: Tallies,
  article: MeantimeArticle,
  mentions: readonly Mention[],
  mode: MatchMode,
  typed: boolean,
): void {
  const gold = goldFor(article, mode);
  const predicted: Typed[] = mentions
    .filter((m) => m.start < article.annotatedEnd)
    .map((m) => ({ start: m.start, end: m.end, kind: m.type }));
  const matches = (p: Typed, g: Typed): boolean =>
    (!typed || p.kind === g.kind) && (mode === 'overlap' ? p.start < g.end && g.start < p.end : p.start === g.start && p.end === g.end);
  for (const p of predicted) {
    const right = gold.some((g) => matches(p, g)) ? 1 : 0;
    for (const tally of [tallies[p.kind], tallies.all]) {
      tally.predicted++;
      tally.right += right;
    }
  }
  for (const g of gold) {
    const found = predicted.some((p) => matches(p, g)) ? 1 : 0;
    for (const tally of [tallies[g.kind], tallies.all]) {
      tally.gold++;
      tally.found += found;
    }
  }
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
