import { annotateArticle } from './annotations/annotate';
import type { Dictionary } from './annotations/dictionary';
import type { ArticleAnnotations } from './annotations/model';
import { parseArticleFile } from './article/parse';
import type { Article, ArticleFile, ArticleFormat } from './article/model';
import { compareFindings, Finding, type RuleReport } from './findings';
import type { ResolvedRule } from './config/config';
import { LineIndex } from './text/lines';
import type { ParagraphCache } from './text/paragraph-cache';

export interface LintResult {
  readonly file: ArticleFile;
  readonly lines: LineIndex;
  /** Sorted by place. */
  readonly findings: readonly Finding[];
  /** An article's annotations, computed once on first request (by a rule or a front end). */
  annotations(article: Article): ArticleAnnotations;
}

export interface LintOptions {
  /** The workspace entity dictionary, whose names always win. */
  readonly dictionary?: Dictionary;
  /** Kept between readings of one document, so an edit re-reads only the paragraphs it touched. */
  readonly paragraphs?: ParagraphCache;
}

/**
 * Lints one file's text: parses it into articles and runs every enabled
 * rule, a file rule once and an article rule on each article on its own.
 * Pure: text and settings in, findings out.
 */
export function lintText(text: string, format: ArticleFormat, rules: readonly ResolvedRule[], options: LintOptions = {}): LintResult {
  const file = parseArticleFile(text, { format });
  const lines = new LineIndex(text);
  const computed = new Map<Article, ArticleAnnotations>();
  const annotations = (article: Article): ArticleAnnotations => {
    let found = computed.get(article);
    if (!found) computed.set(article, (found = annotateArticle(article, file, options)));
    return found;
  };
  const findings: Finding[] = [];
  for (const { rule, severity, options: ruleOptions } of rules) {
    const report = (found: RuleReport): void => {
      findings.push(new Finding(rule.id, severity, found, lines));
    };
    if (rule.scope === 'file') {
      rule.check(file, { file, options: ruleOptions, report, annotations });
      continue;
    }
    for (const article of file.articles)
      rule.check(article, { file, options: ruleOptions, report, annotations: () => annotations(article) });
  }
  findings.sort(compareFindings);
  return { file, lines, findings, annotations };
}
