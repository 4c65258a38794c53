/**
 * What an article's front-matter says, in the fields of
 * `schemas/news-article.schema.json` and in its order. Copydesk manages
 * every field here but `keywords` and `annotations`, which are the editor's.
 */
export interface ArticleMetadata {
  readonly headline?: string;
  readonly datePublished?: string;
  readonly dateline?: { readonly place?: string; readonly date?: string };
  readonly byline?: string;
  readonly credits?: readonly string[];
  readonly captions?: ReadonlyArray<{ readonly text: string; readonly credit?: string; readonly place?: string; readonly date?: string }>;
  readonly people?: readonly EntityName[];
  readonly organizations?: readonly EntityName[];
  readonly places?: readonly EntityName[];
  readonly dates?: ReadonlyArray<{ readonly text: string; readonly value?: string }>;
  readonly quotes?: ReadonlyArray<{ readonly speaker?: string; readonly text: string; readonly line: number }>;
}

/** A canonical name, or the name with its Wikidata id when the dictionary knows it. */
export type EntityName = string | { readonly name: string; readonly wikidata: string };

/** The front-matter fields in the schema's order: generated blocks list them so, and updates insert new ones in place. */
export const FIELD_ORDER = [
  'headline',
  'datePublished',
  'dateline',
  'byline',
  'credits',
  'captions',
  'people',
  'organizations',
  'places',
  'dates',
  'quotes',
  'keywords',
  'annotations',
] as const;

/** The editor's own fields, which Copydesk never rewrites: `datePublished` is written only when missing (the editor's date wins). */
const EDITORS_FIELDS: ReadonlySet<string> = new Set(['datePublished', 'keywords', 'annotations']);

/** The fields Copydesk rewrites from the text. */
export const MANAGED_FIELDS: readonly string[] = FIELD_ORDER.filter((field) => !EDITORS_FIELDS.has(field));
