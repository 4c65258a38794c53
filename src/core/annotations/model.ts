import type { ArticleDate, DateMention } from '../dates/model';
import type { EntityType, Mention } from '../entities/mention';
import type { Quote } from '../quotes/model';

/** A name in the copy, tied to the entity it refers to. */
export interface EntityMention extends Mention {
  /** The entity's canonical name. */
  readonly entity: string;
  /** True when the workspace dictionary, not the tagger, decided this mention. */
  readonly fromDictionary: boolean;
}

/** One person, organisation, place or other named thing, with every mention of it in the article. */
export interface Entity {
  readonly canonical: string;
  readonly type: EntityType;
  readonly wikidata?: string;
  readonly mentions: readonly EntityMention[];
}

/** Everything the annotation engine finds in one article. */
export interface ArticleAnnotations {
  readonly date?: ArticleDate;
  readonly entities: readonly Entity[];
  /** Every entity mention, in text order. */
  readonly mentions: readonly EntityMention[];
  readonly dates: readonly DateMention[];
  readonly quotes: readonly Quote[];
}
