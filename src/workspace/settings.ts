import { resolveRules, type Config, type ResolvedRule } from '../core/config/config';
import type { LintOptions } from '../core/lint';
import { readDictionary } from './dictionary-file';

/** What a file is linted with under its configuration: the same for the CLI and the language server. */
export interface LintSettings {
  readonly rules: readonly ResolvedRule[];
  /** The workspace dictionary the configuration names, if any. */
  readonly options: LintOptions;
}

const rulesByConfig = new Map<string, ResolvedRule[]>();

/** Resolving rules validates nothing new, but an archive shares a few configurations across thousands of files. */
export function rulesFor(config: Config): ResolvedRule[] {
  const key = JSON.stringify(config.rules ?? {});
  let rules = rulesByConfig.get(key);
  if (!rules) rulesByConfig.set(key, (rules = resolveRules(config)));
  return rules;
}

/** The rules and dictionary of a configuration; a dictionary that cannot be read is a `ConfigError`. */
export function lintSettings(config: Config): LintSettings {
  return { rules: rulesFor(config), options: config.dictionary ? { dictionary: readDictionary(config.dictionary) } : {} };
}
