import { Document, isMap, isScalar, isSeq, YAMLMap, type Node, type Pair, type Scalar } from 'yaml';
import type { ArticleAnnotations } from '../annotations/model';
import type { Article, ArticleFile, FrontMatter } from '../article/model';
import { applyEdits, type Span, type TextEdit } from '../text/span';
import { describeArticle } from './describe';
import { FIELD_ORDER, MANAGED_FIELDS, type ArticleMetadata } from './model';

/** Long captions stay on one line: a folded scalar is valid YAML but hard to edit. */
const NO_FOLDING = { lineWidth: 0, minContentWidth: 0 } as const;

/** A new front-matter block's YAML (without its `---` fences), fields in the schema's order; nothing for an article with nothing to say (not `{}`, a flow mapping no update could add fields to). */
export function generateFrontMatter(article: Article, file: ArticleFile, annotations: ArticleAnnotations): string {
  const fields = describeArticle(article, file, annotations);
  return Object.keys(fields).length === 0 ? '' : new Document(fields).toString(NO_FOLDING);
}

/**
 * The existing YAML (with `\n` line endings) with the managed fields brought
 * in step with the text. Works on a copy of the parsed document, not on values, and rewrites only the
 * fields whose values changed, splicing each into the editor's text: other
 * fields, comments, blank lines, key order, quoting and flow style all
 * survive byte for byte. When nothing changed the text comes back as it was.
 */
export function updateFrontMatter(frontMatter: FrontMatter, article: Article, file: ArticleFile, annotations: ArticleAnnotations): string {
  const existingYaml = frontMatter.source;
  const document = frontMatter.document.clone();
  if (document.errors.length > 0) throw new Error('the front-matter is not valid YAML: fix it first');
  // A block of only comments keeps them above the new fields.
  if (document.contents === null)
    return existingYaml.replace(/\s*$/, existingYaml.trim() ? '\n' : '') + generateFrontMatter(article, file, annotations);
  if (!isMap(document.contents)) throw new Error('the front-matter is not a mapping of fields: fix it first');
  const map = document.contents;
  // Fields are spliced in line by line, which a `{ … }` block on one line has no room for.
  if (map.flow) throw new Error('the front-matter is one flow mapping ({ … }): write one field per line first');
  const fields = describeArticle(article, file, annotations);
  const style = styleOf(existingYaml);
  const regions = fieldRegions(map, existingYaml);
  // A mapping indented as a whole (`  note: kept`) takes new and rewritten fields at its own column.
  const column = mappingColumn(map, existingYaml);
  const render = (pair: Pair<Scalar, unknown>): string => indented(renderField(pair, style), column);
  const edits: TextEdit[] = [];
  for (const key of FIELD_ORDER) {
    const pair = fieldPair(map, key);
    // The editor's date wins: datePublished is only ever added.
    const managed = MANAGED_FIELDS.includes(key) || (key === 'datePublished' && !pair);
    const value = fields[key as keyof ArticleMetadata];
    if (!managed || (!pair && value === undefined) || (pair && sameValue(pair.value, value))) continue;
    if (!pair) {
      const at = insertionPoint(map, key, regions);
      edits.push({ start: at, end: at, newText: render(document.createPair(key, value) as Pair<Scalar, unknown>) });
    } else if (value === undefined) {
      edits.push({ ...regions.get(pair)!, newText: '' });
    } else {
      pair.value = merged(document, pair.value as Node | null, value);
      edits.push({ ...regions.get(pair)!, newText: render(pair as Pair<Scalar, unknown>) });
    }
  }
  return applyEdits(existingYaml, edits);
}

/** The column the mapping's keys stand at. */
function mappingColumn(map: YAMLMap, yaml: string): number {
  const first = (map.items[0]?.key as Node | undefined)?.range?.[0] ?? 0;
  return first - lineStart(yaml, first);
}

function indented(text: string, column: number): string {
  return column === 0 ? text : text.replace(/^(?=.)/gm, ' '.repeat(column));
}

function fieldPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((item) => isScalar(item.key) && item.key.value === key);
}

/**
 * Where each top-level field lies in the text: from its key's line to the
 * next field's, less the blank and comment lines just before that next
 * field (they belong to it, or to no field, and stay as they are).
 */
export function fieldRegions(map: YAMLMap, yaml: string): Map<Pair, Span> {
  const starts = map.items.map((pair) => lineStart(yaml, (pair.key as Node).range?.[0] ?? 0));
  const regions = new Map<Pair, Span>();
  map.items.forEach((pair, index) => {
    let end = starts[index + 1] ?? yaml.length;
    for (;;) {
      const previous = lineStart(yaml, Math.max(end - 1, 0));
      if (previous <= starts[index]! || !/^(?:#.*)?\s*$/.test(yaml.slice(previous, end))) break;
      end = previous;
    }
    regions.set(pair, { start: starts[index]!, end });
  });
  return regions;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * After the last field that comes before `key` in the schema's order, else
 * just before the first that comes after it, so a new field lands where a
 * reader expects it and the editor's own fields keep their place.
 */
export function insertionPoint(map: YAMLMap, key: string, regions: ReadonlyMap<Pair, Span>): number {
  const rank = (pair: Pair): number =>
    FIELD_ORDER.indexOf((isScalar(pair.key) ? pair.key.value : undefined) as (typeof FIELD_ORDER)[number]);
  const own = FIELD_ORDER.indexOf(key as (typeof FIELD_ORDER)[number]);
  const before = map.items.filter((pair) => rank(pair) !== -1 && rank(pair) < own).pop();
  if (before) return regions.get(before)!.end;
  const after = map.items.find((pair) => rank(pair) > own);
  return after ? regions.get(after)!.start : (regions.get(map.items[map.items.length - 1]!)?.end ?? 0);
}

/** One field as YAML text, without the comment lines above it (they stay where they are in the editor's text). */
export function renderField(pair: Pair<Scalar, unknown>, style: ReturnType<typeof styleOf>): string {
  const { commentBefore, spaceBefore } = pair.key;
  pair.key.commentBefore = undefined;
  pair.key.spaceBefore = false;
  const single = new Document(new YAMLMap());
  (single.contents as YAMLMap).items.push(pair);
  const text = single.toString({ ...NO_FOLDING, ...style });
  pair.key.commentBefore = commentBefore;
  pair.key.spaceBefore = spaceBefore;
  return text;
}

/**
 * The node for `value`, reusing what can be reused of the old one: a list
 * keeps its flow or block style and every unchanged item (with its
 * comments), a mapping keeps its unchanged fields, a string keeps its quotes.
 */
function merged(document: Document, old: Node | null, value: unknown): Node {
  if (sameValue(old, value)) return old!;
  if (Array.isArray(value) && isSeq(old)) {
    const unused = [...old.items] as Node[];
    old.items = value.map((item) => {
      const at = unused.findIndex((node) => sameValue(node, item));
      return at === -1 ? (document.createNode(item) as Node) : unused.splice(at, 1)[0]!;
    });
    return old;
  }
  if (isPlainObject(value) && isMap(old)) {
    for (const item of [...old.items]) if (isScalar(item.key) && !(String(item.key.value) in value)) old.delete(item.key);
    for (const [key, field] of Object.entries(value)) {
      const pair = old.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (pair) pair.value = merged(document, pair.value as Node | null, field);
      else old.add(document.createPair(key, field));
    }
    return old;
  }
  if (isScalar(old) && typeof value !== 'object') {
    old.value = value;
    return old;
  }
  return document.createNode(value) as Node;
}

/** Whether a node already holds `value`; the order of a mapping's keys is the editor's and does not count. */
function sameValue(node: unknown, value: unknown): boolean {
  const current = node && typeof node === 'object' && 'toJSON' in node ? (node as Node).toJSON() : node;
  return JSON.stringify(sortedKeys(current)) === JSON.stringify(sortedKeys(value));
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortedKeys(value[key])]),
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * How the editor writes YAML, so a rewritten field looks like its
 * neighbours: list items flush with their key (`- ` at the line start) or
 * indented, the indent width, and spaces inside flow brackets.
 */
export function styleOf(yaml: string): { indent: number; indentSeq: boolean; flowCollectionPadding: boolean } {
  const indents = [...yaml.matchAll(/^( +)\S/gm)].map((match) => match[1]!.length);
  return {
    indent: indents.length > 0 ? Math.min(...indents) : 2,
    indentSeq: !/^- /m.test(yaml),
    flowCollectionPadding: /[[{] \S/.test(yaml),
  };
}
