import { parseDictionary, type Dictionary } from '../core/annotations/dictionary';
import { ConfigError } from './config-files';
import { describeIoError, describeParserLimit, readSettingsText } from './read-text';

/** Parses a dictionary's text; a nesting or alias bomb is a problem at the top of the file, not a crash. */
function parseHostileDictionary(text: string): ReturnType<typeof parseDictionary> {
  try {
    return parseDictionary(text);
  } catch (error) {
    return { problem: { message: describeParserLimit(error), line: 1, column: 1 } };
  }
}

const loaded = new Map<string, Dictionary>();

/**
 * The workspace entity dictionary a configuration names, read once per
 * process. A missing or broken dictionary is a configuration error, placed
 * at its line and column.
 */
export function readDictionary(path: string): Dictionary {
  const cached = loaded.get(path);
  if (cached) return cached;
  let text: string;
  try {
    text = readSettingsText(path);
  } catch (error) {
    throw new ConfigError(path, `the entity dictionary cannot be read: ${describeIoError(error)}`);
  }
  const parsed = parseHostileDictionary(text);
  if ('problem' in parsed) throw new ConfigError(path, parsed.problem.message, parsed.problem.line, parsed.problem.column);
  loaded.set(path, parsed.dictionary);
  return parsed.dictionary;
}

/** Forget what was read: the editor saw a dictionary change. */
export function forgetDictionaries(): void {
  loaded.clear();
}
