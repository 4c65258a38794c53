import { createTwoFilesPatch } from 'diff';
import type { Config } from '../core/config/config';
import type { Finding } from '../core/findings';
import { fixFile } from '../core/fix';
import { lintText, type LintResult } from '../core/lint';
import type { LineIndex } from '../core/text/lines';
import type { Span } from '../core/text/span';
import { ConfigError } from '../workspace/config-files';
import { encodeArticle, readArticle, ReadError, type ArticleText } from '../workspace/read-text';
import { lintSettings } from '../workspace/settings';
import { writeFileAtomic } from '../workspace/write-atomic';
import { countBySeverity, type FileFix, type FileOutcome, type FileReport, type ReportedFinding } from './report';

/**
 * What to do with fixes: nothing, write them to the file, print the diff
 * they would make, or hand back the fixed text (for standard input).
 */
export type FixMode = 'off' | 'write' | 'dry-run' | 'output';

/** One file to lint: plain data, so it can be posted to a worker thread. */
export interface FileTask {
  readonly path: string;
  /** The path as the user sees it, for diff headers. */
  readonly displayPath: string;
  readonly config: Config;
  readonly fix: FixMode;
}

const BOM_CHARACTER = '\uFEFF';

function place(span: Span, lines: LineIndex): Pick<ReportedFinding, 'line' | 'column' | 'endLine' | 'endColumn' | 'start' | 'end'> {
  const start = lines.positionAt(span.start);
  const end = lines.positionAt(span.end);
  return {
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    start: span.start,
    end: span.end,
  };
}

/** A core finding as plain data. */
function toReported(finding: Finding, lines: LineIndex): ReportedFinding {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.reason,
    ...place(finding, lines),
    url: finding.url,
    fix: finding.fix && finding.fix.length > 0 ? finding.fix.map(({ start, end, newText }) => ({ start, end, newText })) : null,
    related: finding.related.map((related) => ({ message: related.message, ...place(related, lines) })),
  };
}

function countApplied(applied: readonly Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const finding of applied) counts[finding.ruleId] = (counts[finding.ruleId] ?? 0) + 1;
  return counts;
}

/**
 * Lints one article text and, when asked, fixes it. The report is of what
 * remains after fixing; a written file keeps its byte order mark and every
 * byte no fix touched.
 */
export function lintArticle(task: FileTask, article: ArticleText): { report: FileReport; fix?: FileFix } {
  const { rules, options } = lintSettings(task.config);
  const reportOf = (result: LintResult): FileReport =>
    countBySeverity(
      task.path,
      result.findings.map((finding) => toReported(finding, result.lines)),
    );
  if (task.fix === 'off') return { report: reportOf(lintText(article.text, article.format, rules, options)) };
  const fixed = fixFile(article.text, article.format, rules, options);
  const report = reportOf(fixed.result);
  const changed = fixed.output !== article.text;
  const fix: FileFix = { applied: countApplied(fixed.applied) };
  if (task.fix === 'write' && changed) writeFileAtomic(task.path, encodeArticle(fixed.output, article.bom));
  // Standard input's fixed text goes out as it came in: its byte order mark and its line breaks.
  if (task.fix === 'output') return { report, fix: { ...fix, output: (article.bom ? BOM_CHARACTER : '') + fixed.output } };
  if (task.fix === 'dry-run' && changed) {
    return {
      report,
      fix: { ...fix, diff: createTwoFilesPatch(`a/${task.displayPath}`, `b/${task.displayPath}`, article.text, fixed.output) },
    };
  }
  return { report, fix };
}

/** Reads, lints and maybe fixes one file; a file that cannot be read or written becomes a failure, not an exception. */
export function lintFile(task: FileTask): FileOutcome {
  try {
    return lintArticle(task, readArticle(task.path));
  } catch (error) {
    if (error instanceof ReadError) return { failure: { filePath: task.path, reason: error.reason } };
    if (error instanceof ConfigError) return { failure: { filePath: task.path, reason: error.message } };
    const failure = error as NodeJS.ErrnoException;
    // Reading is covered above, so a file system error here came from writing the fix.
    const reason = failure.code
      ? `cannot write the fixed file: ${failure.message}`
      : `copydesk failed on this file, please report it: ${failure.message}`;
    return { failure: { filePath: task.path, reason } };
  }
}
