import { resolveRules, type Config, type ResolvedRule, type RuleSetting } from './config/config';

/** A cleanup: the rules whose fixes it applies, and what to say when it changed something. */
export interface Cleanup {
  readonly rules: readonly string[];
  /** Options forced on the rules, over the configured ones. */
  readonly options?: Readonly<Record<string, object>>;
  readonly done: string;
}

/**
 * The editor's cleanup commands, each applying only its own rules' fixes.
 * Normalise Quotes converts every mark to the house style, mixed or not.
 */
export const CLEANUPS = {
  removeDuplicateCaptions: { rules: ['duplicate-caption', 'duplicate-photo-block'], done: 'duplicate captions removed' },
  removeScrapeArtifacts: { rules: ['scrape-artifact', 'repeated-headline'], done: 'scrape artifacts removed' },
  normaliseQuotes: { rules: ['mixed-quotes'], options: { 'mixed-quotes': { onlyWhenMixed: false } }, done: 'quotation marks normalised' },
  normaliseWhitespace: { rules: ['whitespace'], done: 'whitespace normalised' },
} as const satisfies Readonly<Record<string, Cleanup>>;

/**
 * The cleanup's rules with their configured options, switched on whatever
 * their configured severity: asking for the cleanup is asking for them.
 */
export function cleanupRules(cleanup: Cleanup, config: Config): ResolvedRule[] {
  const rules: Record<string, RuleSetting> = { ...config.rules };
  for (const id of cleanup.rules) {
    const setting = rules[id];
    const configured = typeof setting === 'object' ? setting : {};
    rules[id] = { ...configured, ...cleanup.options?.[id], severity: 'warning' };
  }
  return resolveRules({ ...config, rules }).filter(({ rule }) => cleanup.rules.includes(rule.id));
}
