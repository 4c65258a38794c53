import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { isMap, parseDocument, type Document } from 'yaml';
import { LineIndex } from '../text/lines';
import type { Config } from './config';
import { configSchema } from './schema';

/** A problem in a configuration file, at a 1-based line and column. */
export interface ConfigProblem {
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

export type ParsedConfig = { readonly config: Config } | { readonly problem: ConfigProblem };

export type ConfigSyntax = 'json' | 'yaml';

let validator: ValidateFunction | undefined;

function validate(data: unknown): ErrorObject[] {
  validator ??= new Ajv({ allErrors: false, strict: false }).compile(configSchema());
  return validator(data) ? [] : (validator.errors ?? []);
}

/**
 * Parses and validates the text of a configuration file. Problems come
 * back with the line and column of the offending key or value, never as an
 * exception.
 */
export function parseConfig(text: string, syntax: ConfigSyntax): ParsedConfig {
  const lines = new LineIndex(text);
  const at = (offset: number, message: string): ParsedConfig => {
    const position = lines.positionAt(offset);
    return { problem: { message, line: position.line + 1, column: position.character + 1 } };
  };
  const parsed = syntax === 'json' ? readJson(text) : readYaml(text);
  if ('syntaxError' in parsed) return at(parsed.offset, parsed.syntaxError);
  const data = parsed.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) return at(0, 'the configuration must be an object of settings');
  const error = validate(data).find((candidate) => candidate.keyword !== 'if');
  if (!error) return { config: data as Config };
  return at(parsed.locate(locationOf(error)) ?? 0, describe(error));
}

type Path = Array<string | number>;
type Read = { data: unknown; locate: (path: Path) => number | undefined } | { syntaxError: string; offset: number };

function readJson(text: string): Read {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  if (first) return { syntaxError: `invalid JSON: ${printParseErrorCode(first.error)}`, offset: first.offset };
  const locate = (path: Path): number | undefined => {
    if (!tree) return undefined;
    const node: JsonNode | undefined = findNodeAtLocation(tree, path);
    // Point at the key of a property, where an editor looks for a misspelling.
    return node ? (node.parent?.type === 'property' ? node.parent.offset : node.offset) : undefined;
  };
  return { data: tree ? getNodeValue(tree) : {}, locate };
}

function readYaml(text: string): Read {
  const document: Document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const first = document.errors[0];
  if (first) return { syntaxError: `invalid YAML: ${first.message.split('\n')[0]}`, offset: first.pos[0] };
  const locate = (path: Path): number | undefined => {
    const parent = path.length > 0 ? document.getIn(path.slice(0, -1), true) : undefined;
    if (isMap(parent)) {
      const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === path[path.length - 1]);
      const key = pair?.key as { range?: [number, number] } | undefined;
      if (key?.range) return key.range[0];
    }
    const node = document.getIn(path, true) as { range?: [number, number] } | undefined;
    return node?.range?.[0];
  };
  return { data: document.toJS(), locate };
}

/** The path of the setting an error is about: the unknown key itself for an unknown key. */
function locationOf(error: ErrorObject): Path {
  const path: Path = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'additionalProperties') path.push((error.params as { additionalProperty: string }).additionalProperty);
  return path;
}

function describe(error: ErrorObject): string {
  const path = locationOf(error);
  const where = path.length > 0 ? `"${path.join('.')}"` : 'the configuration';
  if (error.keyword === 'additionalProperties') {
    const name = path[path.length - 1];
    if (path.length === 1) return `unknown setting "${name}" (known: extends, files, ignores, dictionary, rules)`;
    if (path.length === 2 && path[0] === 'rules') return `unknown rule "${name}"`;
    return `unknown option "${name}" for rule "${path[1]}"`;
  }
  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map((value) => JSON.stringify(value)).join(', ');
    return `${where} must be one of ${allowed}`;
  }
  return `${where} ${error.message ?? 'is invalid'}`;
}
