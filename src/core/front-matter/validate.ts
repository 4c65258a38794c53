import Ajv, { type ErrorObject } from 'ajv';
import { isMap, type Document, type Node } from 'yaml';
import schema from '../../../schemas/news-article.schema.json';
import { fileOffset, nodeSpan, readFrontMatter } from '../article/front-matter';
import type { ArticleFile, FrontMatter } from '../article/model';
import { readIsoDay } from '../dates/value';
import type { Span } from '../text/span';

/** What is wrong with a front-matter block, at file offsets. */
export interface FrontMatterProblem extends Span {
  /** `syntax`: not YAML; `schema`: a field of the wrong shape; `unknown-field`: a field the schema does not name. */
  readonly kind: 'syntax' | 'schema' | 'unknown-field';
  readonly message: string;
}

/** True for a real calendar day: `2023-02-30` has the shape of a date but is none. */
export function isCalendarDay(text: string): boolean {
  return readIsoDay(text) !== undefined;
}

let validator: ReturnType<Ajv['compile']> | undefined;

function validate(data: unknown): ErrorObject[] {
  validator ??= new Ajv({ allErrors: true, strict: false }).addFormat('date', isCalendarDay).compile(schema);
  return validator(data) ? [] : (validator.errors ?? []);
}

const checked = new WeakMap<FrontMatter, readonly FrontMatterProblem[]>();

/**
 * Every problem of a file's front-matter, checked once per file and shared
 * by the rules that report them. Broken YAML is a problem like any other,
 * never an exception: the rest of the file is still linted.
 */
export function frontMatterProblems(file: ArticleFile): readonly FrontMatterProblem[] {
  const { frontMatter } = file;
  if (!frontMatter) return [];
  let problems = checked.get(frontMatter);
  if (!problems) checked.set(frontMatter, (problems = problemsOf(frontMatter)));
  return problems;
}

/** The problems of a block of YAML on its own, at offsets into it. An empty block has none. */
export function checkFrontMatter(yaml: string): FrontMatterProblem[] {
  const whole = { start: 0, end: yaml.length };
  return problemsOf(readFrontMatter(yaml, whole, whole));
}

/** What the YAML parser warned of (an unknown tag such as `!!js/function`), with the block's problems. */
function problemsOf(frontMatter: FrontMatter): FrontMatterProblem[] {
  const warnings = frontMatter.document.warnings.map((warning): FrontMatterProblem => ({
    kind: 'syntax',
    start: fileOffset(frontMatter, Math.min(warning.pos[0], frontMatter.source.length)),
    end: fileOffset(frontMatter, Math.min(warning.pos[1], frontMatter.source.length)),
    message: `Front-matter YAML: ${warning.message.split('\n')[0]}`,
  }));
  return [...warnings, ...blockProblems(frontMatter)].sort((a, b) => a.start - b.start);
}

function blockProblems(frontMatter: FrontMatter): FrontMatterProblem[] {
  const { document, source } = frontMatter;
  // Places the parser gives, kept inside the block: an error at its very end points at its last character.
  const at = (start: number, end: number): Span => {
    const first = Math.min(start, source.length);
    return { start: fileOffset(frontMatter, first), end: fileOffset(frontMatter, Math.min(Math.max(end, first), source.length)) };
  };
  const whole = (node: Node | undefined | null): Span => nodeSpan(frontMatter, node) ?? at(0, source.trimEnd().length);
  if (document.errors.length > 0) {
    return document.errors.map((error) => ({
      kind: 'syntax',
      ...at(error.pos[0], error.pos[1]),
      message: `Front-matter is not valid YAML: ${error.message.split('\n')[0]}`,
    }));
  }
  if (document.contents === null) return [];
  if (!isMap(document.contents)) {
    return [
      {
        kind: 'schema',
        ...whole(document.contents as Node),
        message: 'Front-matter must be a mapping of fields (`headline: …`), not a single value or a list',
      },
    ];
  }
  if (!frontMatter.fields) {
    return [{ kind: 'syntax', ...whole(document.contents), message: `Front-matter is not valid YAML: ${frontMatter.unreadable ?? ''}` }];
  }
  return distinctPaths(validate(frontMatter.fields))
    .map((error) => describeError(error, frontMatter, whole))
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

function describeError(error: ErrorObject, frontMatter: FrontMatter, whole: (node: Node | undefined | null) => Span): FrontMatterProblem {
  const { document } = frontMatter;
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const field = path.length > 0 ? `\`${fieldName(path)}\`` : 'Front-matter';
  const node = document.getIn(path, true) as Node | undefined;
  if (error.keyword === 'additionalProperties') {
    const name = String(error.params.additionalProperty);
    return {
      kind: 'unknown-field',
      ...whole(keyNode(document, path, name) ?? node),
      message: `Unknown front-matter field \`${fieldName([...path, name])}\`: the news article schema does not name it`,
    };
  }
  return { kind: 'schema', ...whole(node), message: `${field} ${explain(error)}` };
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

function keyNode(document: Document.Parsed, path: ReadonlyArray<string | number>, name: string): Node | undefined {
  const parent = path.length === 0 ? document.contents : document.getIn(path, true);
  if (!isMap(parent)) return undefined;
  return parent.items.find((pair) => (pair.key as { value?: unknown } | null)?.value === name)?.key as Node | undefined;
}
