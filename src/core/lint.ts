import { parseArticleFile } from './article/parse';
import type { ArticleFile, ArticleFormat } from './article/model';
import { compareFindings, Finding, type RuleReport } from './findings';
import type { ResolvedRule } from './config/config';
import { LineIndex } from './text/lines';

export interface LintResult {
  readonly file: ArticleFile;
  readonly lines: LineIndex;
  /** Sorted by place. */
  readonly findings: readonly Finding[];
}

/**
 * Lints one file's text: parses it into articles and runs every enabled
 * rule on each article on its own. Pure: text and settings in, findings out.
 */
export function lintText(text: string, format: ArticleFormat, rules: readonly ResolvedRule[]): LintResult {
  const file = parseArticleFile(text, { format });
  const lines = new LineIndex(text);
  const findings: Finding[] = [];
  for (const { rule, severity, options } of rules) {
    const report = (found: RuleReport): void => {
      findings.push(new Finding(rule.id, severity, found, lines));
    };
    for (const article of file.articles) rule.check(article, { file, options, report });
  }
  findings.sort(compareFindings);
  return { file, lines, findings };
}
