import type { Position } from 'unist';
import { VFileMessage } from 'vfile-message';
import type { LineIndex } from './text/lines';
import type { Span, TextEdit } from './text/span';

export type Severity = 'error' | 'warning' | 'info';

/** Where the docs of each rule live; the finding's `url` points here. */
export const DOCS_BASE_URL = 'https://github.com/copydesk/copydesk/blob/main/docs/rules/';

/** Another place in the same file that explains a finding: the first copy of a repeated caption. */
export interface RelatedPlace extends Span {
  readonly message: string;
}

/** What a rule reports about one stretch of an article. */
export interface RuleReport extends Span {
  readonly message: string;
  /** Edits that repair the problem, applied together or not at all. */
  readonly fix?: readonly TextEdit[];
  /**
   * A repair the editor should confirm: offered as a quick fix in the
   * editor, never applied by `--fix` or fix-all (its rule rests on a guess,
   * such as which two names are one person).
   */
  readonly suggestion?: readonly TextEdit[];
  readonly related?: readonly RelatedPlace[];
  /** The span is redundant text (a repeat), which editors may fade. */
  readonly unnecessary?: boolean;
}

/**
 * The one currency for problems: a vfile message carrying its rule id,
 * severity, exact offsets (`start`, `end`) and line/column place, the docs
 * URL and its fix as text edits. The CLI reporters, the language server and
 * the cleanup commands all consume these.
 */
export class Finding extends VFileMessage {
  declare ruleId: string;
  declare source: string;
  declare url: string;
  readonly severity: Severity;
  readonly start: number;
  readonly end: number;
  readonly fix: readonly TextEdit[] | undefined;
  readonly suggestion: readonly TextEdit[] | undefined;
  readonly related: readonly RelatedPlace[];
  readonly unnecessary: boolean;

  constructor(ruleId: string, severity: Severity, report: RuleReport, lines: LineIndex) {
    super(report.message, { place: toPosition(report, lines), ruleId, source: 'copydesk' });
    this.url = DOCS_BASE_URL + ruleId + '.md';
    this.severity = severity;
    // vfile's convention: fatal true is an error, false a warning, undefined information.
    this.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
    this.start = report.start;
    this.end = report.end;
    this.fix = report.fix;
    this.suggestion = report.suggestion;
    this.related = report.related ?? [];
    this.unnecessary = report.unnecessary ?? false;
  }
}

/** A span as a unist position: 1-based lines and columns, columns in UTF-16 code units. */
function toPosition(span: Span, lines: LineIndex): Position {
  const start = lines.positionAt(span.start);
  const end = lines.positionAt(span.end);
  return {
    start: { line: start.line + 1, column: start.character + 1, offset: span.start },
    end: { line: end.line + 1, column: end.character + 1, offset: span.end },
  };
}

/** By place (start, then end), then rule id: the order reports list findings in. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId);
}
