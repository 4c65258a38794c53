import type { Severity } from '../core/findings';
import type { TextEdit } from '../core/text/span';

/**
 * What the CLI knows about one finding once it has left the core: plain
 * data, so it can cross from a worker thread, sit in the cache and be
 * printed as JSON. Lines and columns are 1-based, columns and offsets in
 * UTF-16 code units.
 */
export interface ReportedFinding extends RelatedReport {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly url: string;
  /** The edits that repair it, applied together, or null when it has no automatic fix. */
  readonly fix: readonly TextEdit[] | null;
  /** Other places that explain it: the first copy of a repeated caption. */
  readonly related: readonly RelatedReport[];
}

/** A message at a place: a finding's own, or one of the places that explain it. */
export interface RelatedReport {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly start: number;
  readonly end: number;
}

/** One linted file: what `--format json` prints for it. */
export interface FileReport {
  /** Absolute path. */
  readonly filePath: string;
  readonly messages: readonly ReportedFinding[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly infoCount: number;
}

/** A file that could not be linted, with the reason in words. */
export interface FileFailure {
  readonly filePath: string;
  readonly reason: string;
}

/** What `--fix` and `--fix-dry-run` did to one file. */
export interface FileFix {
  /** How many fixes of each rule went in. */
  readonly applied: Readonly<Record<string, number>>;
  /** The fixed text, for `--stdin --fix`. */
  readonly output?: string;
  /** The unified diff, for `--fix-dry-run`. */
  readonly diff?: string;
}

export type FileOutcome = { readonly report: FileReport; readonly fix?: FileFix } | { readonly failure: FileFailure };

export function countBySeverity(filePath: string, messages: readonly ReportedFinding[]): FileReport {
  const count = (severity: Severity): number => messages.filter((message) => message.severity === severity).length;
  return { filePath, messages, errorCount: count('error'), warningCount: count('warning'), infoCount: count('info') };
}

/** The report as printed under `--quiet`: errors only, counts kept honest. */
export function errorsOnly(report: FileReport): FileReport {
  return countBySeverity(
    report.filePath,
    report.messages.filter((message) => message.severity === 'error'),
  );
}
