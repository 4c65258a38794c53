import type { Severity } from '../findings';
import { RULES } from '../rules';
import type { Rule } from '../rules/rule';

export type SeveritySetting = Severity | 'off';

/** A rule's entry in a configuration file: a severity, or its options with an optional severity. */
export type RuleSetting = SeveritySetting | ({ readonly severity?: SeveritySetting } & Readonly<Record<string, unknown>>);

/** The contents of one `.copydeskrc.json` or `.copydeskrc.yaml`, as written. */
export interface Config {
  readonly extends?: string | readonly string[];
  /** Globs, relative to the configuration file's folder, naming the article files of a folder lint. */
  readonly files?: readonly string[];
  /** Globs of files never linted, relative to the configuration file's folder (as in `.copydeskignore`). */
  readonly ignores?: readonly string[];
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /** The workspace entity dictionary: a YAML file, relative to the configuration file that names it. */
  readonly dictionary?: string;
}

export interface ResolvedRule {
  readonly rule: Rule<any>;
  readonly severity: Severity;
  readonly options: object;
}

/** What a folder lint looks for when no configuration says otherwise: the `news` language's files. */
export const DEFAULT_FILES: readonly string[] = ['**/*.news', '**/*.article', '**/*.news.txt', '**/*.news.md'];

/**
 * Merges a configuration over the one it extends: `files` and `ignores`
 * are replaced, rules are merged one by one, and a rule given only a
 * severity keeps the options set below it.
 */
export function mergeConfigs(base: Config, override: Config): Config {
  const rules: Record<string, RuleSetting> = { ...base.rules };
  for (const [id, setting] of Object.entries(override.rules ?? {})) {
    const below = rules[id];
    if (typeof setting === 'string' && below && typeof below === 'object') rules[id] = { ...below, severity: setting };
    else if (typeof setting === 'object' && below && typeof below === 'object') rules[id] = { ...below, ...setting };
    else rules[id] = setting;
  }
  const files = override.files ?? base.files;
  const ignores = [...(base.ignores ?? []), ...(override.ignores ?? [])];
  const dictionary = override.dictionary ?? base.dictionary;
  return { ...(files ? { files } : {}), ...(ignores.length > 0 ? { ignores } : {}), ...(dictionary ? { dictionary } : {}), rules };
}

/** Every rule with its effective severity and options; rules turned off are left out. */
export function resolveRules(config: Config = {}): ResolvedRule[] {
  const resolved: ResolvedRule[] = [];
  for (const rule of RULES) {
    const setting = config.rules?.[rule.id];
    const severity = typeof setting === 'string' ? setting : (setting?.severity ?? rule.defaultSeverity);
    if (severity === 'off') continue;
    const options = typeof setting === 'object' ? withoutSeverity(setting) : {};
    resolved.push({ rule, severity, options: { ...rule.defaultOptions, ...options } });
  }
  return resolved;
}

function withoutSeverity(setting: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { severity: _severity, ...options } = setting;
  return options;
}
