import { parseDocument } from 'yaml';
import type { EntityType } from '../entities/mention';

/**
 * The workspace entity dictionary: the newsroom's own canonical names. Its
 * entries always win over the tagger: their spellings, types and Wikidata
 * ids, and `ignore` removes false positives.
 *
 * ```yaml
 * entities:
 *   - name: Kim Jong Un
 *     type: person
 *     aliases: [Kim Jong-un, Kim Jong-Un]
 *     wikidata: Q56226
 * ignore: [TT, Friendship]
 * ```
 */
export interface DictionaryEntry {
  readonly name: string;
  readonly type: EntityType;
  readonly aliases: readonly string[];
  readonly wikidata?: string;
}

export interface Dictionary {
  readonly entries: readonly DictionaryEntry[];
  readonly ignore: readonly string[];
}

export const EMPTY_DICTIONARY: Dictionary = { entries: [], ignore: [] };

const TYPES: readonly string[] = ['person', 'organization', 'place', 'other'];

export interface DictionaryProblem {
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

/** Parses a dictionary file; a problem names its line and column, as configuration problems do. */
export function parseDictionary(text: string): { dictionary: Dictionary } | { problem: DictionaryProblem } {
  const document = parseDocument(text, { prettyErrors: false });
  const problemAt = (offset: number, message: string): { problem: DictionaryProblem } => {
    const before = text.slice(0, offset).split(/\r\n|\r|\n/);
    return { problem: { message, line: before.length, column: before[before.length - 1]!.length + 1 } };
  };
  const error = document.errors[0];
  if (error) return problemAt(error.pos[0], `invalid YAML: ${error.message.split('\n')[0]}`);
  const data = (document.toJS() ?? {}) as { entities?: unknown; ignore?: unknown };
  if (typeof data !== 'object' || Array.isArray(data)) return problemAt(0, 'the dictionary must be a mapping with `entities` and `ignore`');
  const entries: DictionaryEntry[] = [];
  const list = Array.isArray(data.entities) ? data.entities : [];
  for (const [index, raw] of list.entries()) {
    const entry = raw as Record<string, unknown>;
    const node = document.getIn(['entities', index], true) as { range?: [number, number] } | undefined;
    const at = node?.range?.[0] ?? 0;
    if (typeof entry?.name !== 'string' || !entry.name.trim()) return problemAt(at, `entity ${index + 1} has no name`);
    if (typeof entry.type !== 'string' || !TYPES.includes(entry.type))
      return problemAt(at, `entity "${entry.name}" needs a type: ${TYPES.join(', ')}`);
    const aliases = Array.isArray(entry.aliases) ? entry.aliases.filter((alias): alias is string => typeof alias === 'string') : [];
    entries.push({
      name: entry.name,
      type: entry.type as EntityType,
      aliases,
      ...(typeof entry.wikidata === 'string' ? { wikidata: entry.wikidata } : {}),
    });
  }
  const ignore = Array.isArray(data.ignore) ? data.ignore.filter((word): word is string => typeof word === 'string') : [];
  return { dictionary: { entries, ignore } };
}
