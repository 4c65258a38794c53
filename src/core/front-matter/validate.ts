import Ajv, { type ErrorObject } from 'ajv';
import { isMap, parseDocument, type Document, type Node } from 'yaml';
import schema from '../../../schemas/news-article.schema.json';
import type { ArticleFile } from '../article/model';
import type { Span } from '../text/span';
import { frontMatterYaml, readableYaml } from './block-text';

/** What is wrong with a front-matter block, at file offsets. */
export interface FrontMatterProblem extends Span {
  /** `syntax`: not YAML; `schema`: a field of the wrong shape; `unknown-field`: a field the schema does not name. */
  readonly kind: 'syntax' | 'schema' | 'unknown-field';
  readonly message: string;
}

/** True for a real calendar day: `2023-02-30` has the shape of a date but is none. */
export function isCalendarDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

let validator: ReturnType<Ajv['compile']> | undefined;

function validate(data: unknown): ErrorObject[] {
  validator ??= new Ajv({ allErrors: true, strict: false }).addFormat('date', isCalendarDay).compile(schema);
  return validator(data) ? [] : (validator.errors ?? []);
}

const checked = new WeakMap<ArticleFile, readonly FrontMatterProblem[]>();

/**
 * Every problem of a file's front-matter, checked once per file and shared
 * by the rules that report them. Broken YAML is a problem like any other,
 * never an exception: the rest of the file is still linted.
 */
export function frontMatterProblems(file: ArticleFile): readonly FrontMatterProblem[] {
  let problems = checked.get(file);
  if (!problems)
    checked.set(file, (problems = file.frontMatter ? checkFrontMatter(frontMatterYaml(file)!, file.frontMatter.yaml.start) : []));
  return problems;
}

/** The problems of one block of YAML that starts at `offset` in its file. An empty block has none. */
export function checkFrontMatter(yaml: string, offset = 0): FrontMatterProblem[] {
  const document = parseDocument(readableYaml(yaml), { prettyErrors: false, uniqueKeys: true });
  const at = (span: Span): Span => ({
    start: offset + Math.min(span.start, yaml.length),
    end: offset + Math.min(Math.max(span.end, span.start), yaml.length),
  });
  if (document.errors.length > 0) {
    return document.errors.map((error) => ({
      kind: 'syntax',
      ...at({ start: error.pos[0], end: error.pos[1] }),
      message: `Front-matter is not valid YAML: ${error.message.split('\n')[0]}`,
    }));
  }
  if (document.contents === null) return [];
  if (!isMap(document.contents)) {
    return [
      {
        kind: 'schema',
        ...at(nodeSpan(document.contents as Node, yaml)),
        message: 'Front-matter must be a mapping of fields (`headline: …`), not a single value or a list',
      },
    ];
  }
  let data: unknown;
  try {
    data = document.toJS();
  } catch (error) {
    // An alias bomb (`&a [*a, *a, …]`) parses but refuses to expand: a YAML problem, not a crash.
    return [
      { kind: 'syntax', ...at(nodeSpan(document.contents, yaml)), message: `Front-matter is not valid YAML: ${(error as Error).message}` },
    ];
  }
  return distinctPaths(validate(data))
    .map((error) => describeError(error, document, yaml, at))
    .sort((a, b) => a.start - b.start);
}

/** ajv reports one error per branch tried; an editor needs one per place. */
function distinctPaths(errors: readonly ErrorObject[]): ErrorObject[] {
  const byPlace = new Map<string, ErrorObject>();
  for (const error of errors) {
    const place = `${error.instancePath}|${error.keyword === 'additionalProperties' ? String(error.params.additionalProperty) : ''}`;
    const known = byPlace.get(place);
    if (!known || error.keyword === 'anyOf') byPlace.set(place, error);
  }
  return [...byPlace.values()];
}

function describeError(error: ErrorObject, document: Document, yaml: string, at: (span: Span) => Span): FrontMatterProblem {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const field = path.length > 0 ? `\`${fieldName(path)}\`` : 'Front-matter';
  const node = document.getIn(path, true) as Node | undefined;
  if (error.keyword === 'additionalProperties') {
    const name = String(error.params.additionalProperty);
    const key = keyNode(document, path, name);
    return {
      kind: 'unknown-field',
      ...at(key ? nodeSpan(key, yaml) : nodeSpan(node, yaml)),
      message: `Unknown front-matter field \`${fieldName([...path, name])}\`: the news article schema does not name it`,
    };
  }
  return { kind: 'schema', ...at(nodeSpan(node, yaml)), message: `${field} ${explain(error)}` };
}

function explain(error: ErrorObject): string {
  switch (error.keyword) {
    case 'format':
    case 'pattern':
      return error.schemaPath.includes('isoDate')
        ? 'is not a calendar day in ISO form (YYYY-MM-DD)'
        : `does not have the expected form (${error.message ?? ''})`;
    case 'anyOf':
      return 'must be a name, or a mapping with `name` and `wikidata`';
    case 'required':
      return `needs a \`${String(error.params.missingProperty)}\``;
    case 'enum':
      return `must be one of ${(error.params.allowedValues as unknown[]).join(', ')}`;
    case 'type':
      return `must be ${TYPE_WORDS[String(error.params.type)] ?? String(error.params.type)}`;
    default:
      return error.message ?? 'does not match the schema';
  }
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  array: 'a list',
  object: 'a mapping of fields',
  integer: 'a whole number',
};

/** `captions[0].credit`: how an editor would name the place. */
function fieldName(path: ReadonlyArray<string | number>): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}

function keyNode(document: Document, path: ReadonlyArray<string | number>, name: string): Node | undefined {
  const parent = path.length === 0 ? document.contents : document.getIn(path, true);
  if (!isMap(parent)) return undefined;
  return parent.items.find((pair) => (pair.key as { value?: unknown } | null)?.value === name)?.key as Node | undefined;
}

/** A node's text, without what follows it; the whole block when the node is unknown. */
function nodeSpan(node: Node | undefined | null, yaml: string): Span {
  const range = node?.range;
  const span = range ? { start: range[0], end: range[1] } : { start: 0, end: yaml.length };
  return { start: span.start, end: span.start + yaml.slice(span.start, span.end).trimEnd().length };
}
