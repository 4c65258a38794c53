import type { ParagraphCache } from '../text/paragraph-cache';
import type { Span } from '../text/span';
import type { Mention } from './mention';
import gazetteerFile from '../lexicon/gazetteer.json';
import { gazetteerFromRows } from './gazetteer';
import { findMentions, type EntityModel } from './mentions';
import { modelFromFile, type ModelFile } from './model';
import { MODEL_JSON } from './weights';

export type { EntityType, Mention } from './mention';

let model: EntityModel | undefined;

/**
 * The shipped model, parsed on first use (the weights are a JSON string in
 * their own module, and the gazetteer's rows one string in its data file, so
 * nothing is paid until entities are asked for).
 */
export function entityModel(): EntityModel {
  model ??= modelFromFile(JSON.parse(MODEL_JSON) as ModelFile, gazetteerFromRows(gazetteerFile.rows));
  return model;
}

/**
 * Every person, organisation, place and other name in `text`, in order, with
 * UTF-16 offsets into `text`. With `spans`, only those stretches are read
 * (an article's headline and paragraphs, say, without its front matter or
 * credits); each is tagged on its own, and the article-level checks (one
 * type per name, surnames, headline repair) then look across all of them.
 * With `paragraphs`, a stretch tagged before with the same words is not
 * tagged again.
 */
export function tagEntities(text: string, spans?: readonly Span[], paragraphs?: ParagraphCache): Mention[] {
  return findMentions(text, entityModel(), spans, paragraphs);
}
