import type { Target } from './section';

/** Issue 2: the structural rules lint at least 20 MB/s on the 2-core machine; they must never be the slow part. */
export const STRUCTURAL_RULES_SPEED: Target = { limit: 20, atLeast: true, unit: 'MB/s' };

/** The rules that target is about: the seven of issue 2. Rules added later are measured beside them, not held to it. */
export const STRUCTURAL_RULE_IDS: readonly string[] = [
  'duplicate-caption',
  'duplicate-photo-block',
  'repeated-headline',
  'scrape-artifact',
  'whitespace',
  'mixed-quotes',
  'unbalanced-quote',
];

/** A configuration's `rules` that turns every other rule off, from the ids of all rules there are. */
export function onlyStructuralRules(allRuleIds: readonly string[]): Record<string, 'off'> {
  return Object.fromEntries(allRuleIds.filter((id) => !STRUCTURAL_RULE_IDS.includes(id)).map((id) => [id, 'off' as const]));
}

/** Issue 15: `copydesk lint` (default rules) and `copydesk annotate` at least three times as fast as markdownlint-cli2 on the same real news. */
export const VERSUS_MARKDOWNLINT: Target = { limit: 3, atLeast: true, unit: '× markdownlint-cli2' };

/** Issue 15: peak memory of `copydesk lint` on the 10 MB archive. */
export const ARCHIVE_PEAK_MEMORY: Target = { limit: 250, atLeast: false, unit: 'MB' };

/** Issue 15: one 1 MB article in at most 1.5 times the time of the same bytes as 200 short articles, and under 10 s. */
export const LONG_ARTICLE_VS_SHORT: Target = { limit: 1.5, atLeast: false, unit: '×' };
export const LONG_ARTICLE_SECONDS: Target = { limit: 10, atLeast: false, unit: 's' };

/** Issue 15: 20 MB of stories in one file in at most 1.5 times the time of the same stories as separate files. */
export const ONE_FILE_VS_SEPARATE: Target = { limit: 1.5, atLeast: false, unit: '×' };

/** Issue 15: `annotate --format conll` as fast as JSON Lines within 1.5 times. */
export const CONLL_VS_JSONL: Target = { limit: 1.5, atLeast: false, unit: '×' };
