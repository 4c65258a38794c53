import type { ArticleDate, DateMention } from '../dates/model';
import type { EntityType, Mention } from '../entities/mention';
import type { Link } from '../linking';
import type { Quote } from '../quotes/model';

/** A name in the copy, tied to the entity it refers to. */
export interface EntityMention extends Mention {
  /** The entity's canonical name. */
  readonly entity: string;
  /** True when the workspace dictionary, not the tagger, decided this mention. */
  readonly fromDictionary: boolean;
  /** The Wikidata item the mention names, when the dictionary, the editor or the linker decided one. */
  readonly link?: Link;
}

/** One person, organisation, place or other named thing, with every mention of it in the article. */
export interface Entity {
  readonly canonical: string;
  readonly type: EntityType;
  readonly wikidata?: string;
  /** The item most of its mentions link to (one name may stand for two items in a story: `Moscow`, the city and the region). */
  readonly link?: Link;
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
