import type { Span } from '../text/span';

/**
 * What kind of thing a name refers to. `nationality` is an adjective or noun
 * of nationality (`Russian`, `North Korean`, `Ukrainians`: OntoNotes' NORP,
 * CoNLL's MISC), which points at a country without naming it as a place.
 * `other` is a name that is none of these (a product, an index, an event).
 */
export type EntityType = 'person' | 'organization' | 'place' | 'nationality' | 'other';

/**
 * One occurrence of a name in the text. The span is the name alone: no
 * leading title, no possessive `'s`, no trailing punctuation. A person's
 * title just before the name (`Defense Minister`) is kept as `role`.
 */
export interface Mention extends Span {
  readonly type: EntityType;
  readonly text: string;
  readonly role?: string;
}

/** The tagger's classes, in CoNLL's names (and `NAT` for nationality), and what each means here. */
export const ENTITY_CLASSES = ['PER', 'ORG', 'LOC', 'MISC', 'NAT'] as const;
export type EntityClass = (typeof ENTITY_CLASSES)[number];

export const TYPE_OF_CLASS: Readonly<Record<EntityClass, EntityType>> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'place',
  MISC: 'other',
  NAT: 'nationality',
};

/** BIO labels over the classes; index 0 is `O` (outside any name). */
export const LABELS: readonly string[] = ['O', ...ENTITY_CLASSES.flatMap((c) => [`B-${c}`, `I-${c}`])];

/** The mentions in order, with each two neighbours that `join` makes one name (it returns the joined mention) replaced by it. */
export function joinNeighbours(mentions: readonly Mention[], join: (before: Mention, after: Mention) => Mention | undefined): Mention[] {
  const joined: Mention[] = [];
  for (const mention of mentions) {
    const last = joined[joined.length - 1];
    const both = last && join(last, mention);
    if (both) joined[joined.length - 1] = both;
    else joined.push(mention);
  }
  return joined;
}
