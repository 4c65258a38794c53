import type { Mention } from '../../src/core/entities/mention';
import type { Span } from '../../src/core/text/span';
import { goldNames, type GoldType, type MeantimeArticle } from '../../scripts/data/meantime';

/**
 * MEANTIME's gold entities, two ways (`entity-sets.ts` scores them). Three ways to match, because MEANTIME
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

const KIND_OF_GOLD: Readonly<Record<GoldType, Kind>> = {
  PERSON: 'person',
  ORGANIZATION: 'organization',
  LOCATION: 'place',
  OTHER: 'other',
};
const KIND_OF_CLASS: Readonly<Record<string, Kind>> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };

type Typed = Span & { kind: Kind };

export function goldFor(article: MeantimeArticle, mode: MatchMode): Typed[] {
  if (mode === 'name') return goldNames(article).map((n) => ({ start: n.start, end: n.end, kind: KIND_OF_CLASS[n.entityClass]! }));
  return article.entities.map((e) => ({ start: e.start, end: e.end, kind: KIND_OF_GOLD[e.type] }));
}
