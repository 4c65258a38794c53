import { readFileSync } from 'node:fs';
import { parseDictionary, type Dictionary } from '../core/annotations/dictionary';
import { ConfigError } from './config-files';
import { describeIoError } from './read-text';

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
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new ConfigError(path, `the entity dictionary cannot be read: ${describeIoError(error)}`);
  }
  const parsed = parseDictionary(text);
  if ('problem' in parsed) throw new ConfigError(path, parsed.problem.message, parsed.problem.line, parsed.problem.column);
  loaded.set(path, parsed.dictionary);
  return parsed.dictionary;
}

/** Forget what was read: the editor saw a dictionary change. */
export function forgetDictionaries(): void {
  loaded.clear();
}
