import { isMap, isScalar, isSeq, parseDocument, type YAMLMap, type YAMLSeq, type Document, type Pair, type Scalar } from 'yaml';
import type { ArticleFormat } from '../article/model';
import { parseArticleFile } from '../article/parse';
import { readIsoDay } from '../dates/value';
import type { EntityType } from '../entities/mention';
import { fieldRegions, insertionPoint, renderField, styleOf } from './generate';

/** The new file text, or why the decision cannot be written (one line, for a message to the editor). */
export type MarkResult = { readonly kind: 'marked'; readonly text: string } | { readonly kind: 'refused'; readonly reason: string };

/** The entity types an editor marks by hand; `other` is kept for what they type into the block themselves. */
export type MarkedType = Exclude<EntityType, 'other'>;

/**
 * "Mark as Person / Organisation / Place": the words are a name of that
 * type wherever they occur in the article. A word the editor had said was
 * no name loses that decision: each word has one decision at most.
 */
export function markEntity(text: string, format: ArticleFormat, words: string, type: MarkedType): MarkResult {
  const name = words.trim();
  if (!name) return { kind: 'refused', reason: 'select the words of the name first' };
  return editAnnotations(text, format, (document, annotations) => {
    removeFrom(annotations, 'notEntities', (item) => scalarValue(item) === name);
    const entities = listIn(document, annotations, 'entities');
    const marked = entities.items.find((item) => isMap(item) && item.get('text') === name) as YAMLMap | undefined;
    if (marked) marked.set('type', type);
    else entities.items.push(document.createNode({ text: name, type }));
  });
}

/**
 * "Not an Entity": the words are never a name in this article. It also
 * takes back a mark the editor made on them earlier.
 */
export function markNotEntity(text: string, format: ArticleFormat, words: string): MarkResult {
  const word = words.trim();
  if (!word) return { kind: 'refused', reason: 'select the words first' };
  return editAnnotations(text, format, (document, annotations) => {
    removeFrom(annotations, 'entities', (item) => isMap(item) && item.get('text') === word);
    const unmarked = listIn(document, annotations, 'notEntities');
    if (!unmarked.items.some((item) => scalarValue(item) === word)) unmarked.items.push(document.createNode(word));
  });
}

/**
 * "Set Speaker of This Quote": the quote is found by some of its words
 * (`quote`), as `annotations.speakers` reads them; a second choice for the
 * same words replaces the first.
 */
export function setSpeaker(text: string, format: ArticleFormat, quote: string, speaker: string): MarkResult {
  const words = quote.trim();
  const name = speaker.trim();
  if (!words || !name) return { kind: 'refused', reason: 'a speaker needs the words of the quote and a name' };
  return editAnnotations(text, format, (document, annotations) => {
    const speakers = listIn(document, annotations, 'speakers');
    const decided = speakers.items.find((item) => isMap(item) && item.get('quote') === words) as YAMLMap | undefined;
    if (decided) decided.set('speaker', name);
    else speakers.items.push(document.createNode({ quote: words, speaker: name }));
  });
}

/**
 * "Set Article Date": writes `datePublished`, which every relative date
 * resolves against (see `dates/article-date.ts`). An existing value is
 * replaced where it stands, so its quotes and the comment after it stay.
 */
export function setArticleDate(text: string, format: ArticleFormat, iso: string): MarkResult {
  if (!readIsoDay(iso)) return { kind: 'refused', reason: `${iso} is not a date of the form YYYY-MM-DD` };
  return editFrontMatter(text, format, (yaml, document) => {
    const map = document.contents as YAMLMap;
    const pair = map.items.find((item) => isScalar(item.key) && item.key.value === 'datePublished');
    // An empty `datePublished:` has no value to replace: the whole field is rewritten.
    if (pair && isScalar(pair.value) && pair.value.value !== null && pair.value.range) {
      const [start, end] = pair.value.range;
      // A quoted date keeps its quotes.
      const quote = /^["']/.test(yaml.slice(start, end)) ? yaml[start]! : '';
      return yaml.slice(0, start) + quote + iso + quote + yaml.slice(end);
    }
    return spliceField(yaml, document, 'datePublished', (fields) => setField(document, fields, 'datePublished', iso));
  });
}

/**
 * Changes the `annotations` mapping (made when missing) and writes it back
 * in place of the old one; empty lists, and an emptied block, are removed.
 */
function editAnnotations(text: string, format: ArticleFormat, change: (document: Document, annotations: YAMLMap) => void): MarkResult {
  return editFrontMatter(text, format, (yaml, document) =>
    spliceField(yaml, document, 'annotations', (map) => {
      const existing = present(map.get('annotations', true));
      if (existing !== undefined && !isMap(existing)) throw new Error("the front-matter's annotations are not a mapping: fix them first");
      const annotations = existing ?? (document.createNode({}) as YAMLMap);
      change(document, annotations);
      for (const key of ['entities', 'notEntities', 'speakers']) {
        const list = annotations.get(key, true);
        if (isSeq(list) && list.items.length === 0) annotations.delete(key);
      }
      if (annotations.items.length === 0) map.delete('annotations');
      else if (existing === undefined) setField(document, map, 'annotations', annotations);
    }),
  );
}

/**
 * Rewrites one top-level field of the front-matter and splices it into the
 * editor's text, so every other line stays byte for byte; a new field goes
 * where the schema's order puts it.
 */
function spliceField(yaml: string, document: Document, key: string, change: (map: YAMLMap) => void): string {
  const map = document.contents as YAMLMap;
  const regions = fieldRegions(map, yaml);
  const old = map.items.find((item) => isScalar(item.key) && item.key.value === key);
  const point = old ? undefined : insertionPoint(map, key, regions);
  const at = point === undefined ? regions.get(old!)! : { start: point, end: point };
  change(map);
  const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key) as Pair<Scalar, unknown> | undefined;
  const field = pair ? renderField(pair, styleOf(yaml)) : '';
  // A block whose last line has no line break gets one before the new field.
  const before = yaml.slice(0, at.start);
  const joint = field && before && !before.endsWith('\n') ? '\n' : '';
  return before + joint + field + yaml.slice(at.end);
}

/**
 * Edits the file's front-matter YAML, adding a `---` block at the top when
 * there is none. Refuses a file of several articles (front-matter belongs
 * to one), broken YAML and a block that is not one field per line, rather
 * than risk losing what the editor wrote.
 */
function editFrontMatter(text: string, format: ArticleFormat, change: (yaml: string, document: Document) => string): MarkResult {
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const body = text.slice(bom.length);
  const file = parseArticleFile(body, { format });
  if (file.articles.length > 1) {
    return {
      kind: 'refused',
      reason: `the file holds ${file.articles.length} articles: split them into files first, front-matter describes one article`,
    };
  }
  const eol = body.includes('\r\n') ? '\r\n' : '\n';
  const span = file.frontMatter?.yaml ?? { start: 0, end: 0 };
  const yaml = file.frontMatter?.source ?? '';
  // The model's document is shared: the decision is written into a copy (a file without a block starts an empty one).
  const document = file.frontMatter?.document.clone() ?? parseDocument('');
  if (document.errors.length > 0) return { kind: 'refused', reason: 'the front-matter is not valid YAML: fix it first' };
  if (document.contents === null) document.contents = document.createNode({}) as never;
  if (!isMap(document.contents)) return { kind: 'refused', reason: 'the front-matter is not a mapping of fields: fix it first' };
  if (document.contents.flow && document.contents.items.length > 0)
    return { kind: 'refused', reason: 'the front-matter is one flow mapping ({ … }): write one field per line first' };
  let updated: string;
  try {
    updated = change(yaml, document).replace(/\n/g, eol);
  } catch (error) {
    return { kind: 'refused', reason: (error as Error).message };
  }
  const block = file.frontMatter ? updated : `---${eol}${updated}---${eol}${eol}`;
  return { kind: 'marked', text: bom + body.slice(0, span.start) + block + body.slice(span.end) };
}

function listIn(document: Document, map: YAMLMap, key: string): YAMLSeq {
  const existing = present(map.get(key, true));
  if (isSeq(existing)) return existing;
  if (existing !== undefined) throw new Error(`annotations.${key} is not a list: fix it first`);
  const created = document.createNode([]) as YAMLSeq;
  setField(document, map, key, created);
  return created;
}

/** A field's node, or nothing for a field left empty (`entities:` with no value), which is as good as missing. */
function present(node: unknown): YAMLMap | YAMLSeq | Scalar | undefined {
  if (node === undefined || (isScalar(node) && node.value === null)) return undefined;
  return node as YAMLMap | YAMLSeq | Scalar;
}

/** Sets a field, keeping the pair (and its comments) when the key is already there, as an empty field may be. */
function setField(document: Document, map: YAMLMap, key: string, value: unknown): void {
  if (map.has(key)) map.set(key, value);
  else map.add(document.createPair(key, value));
}

function removeFrom(map: YAMLMap, key: string, matches: (item: unknown) => boolean): void {
  const list = map.get(key, true);
  if (isSeq(list)) list.items = list.items.filter((item) => !matches(item));
}

function scalarValue(item: unknown): unknown {
  return isScalar(item) ? item.value : item;
}
