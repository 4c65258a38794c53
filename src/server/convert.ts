import type { CodeDescription, Diagnostic, DiagnosticRelatedInformation, Range, TextEdit } from 'vscode-languageserver';
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver';
import type { Finding, Severity } from '../core/findings';
import type { LineIndex } from '../core/text/lines';
import type { Span, TextEdit as CoreEdit } from '../core/text/span';

/**
 * Tiny pure converters from core results to LSP shapes. Core offsets are
 * UTF-16 code units, which is what LSP's default position encoding counts,
 * so conversion is exact.
 */

export function spanToRange(span: Span, lines: LineIndex): Range {
  return { start: lines.positionAt(span.start), end: lines.positionAt(span.end) };
}

export function editToLsp(edit: CoreEdit, lines: LineIndex): TextEdit {
  return { range: spanToRange(edit, lines), newText: edit.newText };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** What a diagnostic carries so a quick fix needs no server-side state. */
export interface DiagnosticData {
  readonly fix?: TextEdit[];
  /** Offered as a quick fix, but left out of fix-all. */
  readonly suggestion?: TextEdit[];
}

export function findingToDiagnostic(finding: Finding, lines: LineIndex, uri: string): Diagnostic {
  const codeDescription: CodeDescription = { href: finding.url };
  const relatedInformation: DiagnosticRelatedInformation[] = finding.related.map((place) => ({
    location: { uri, range: spanToRange(place, lines) },
    message: place.message,
  }));
  const data: DiagnosticData = {
    ...(finding.fix ? { fix: finding.fix.map((edit) => editToLsp(edit, lines)) } : {}),
    ...(finding.suggestion ? { suggestion: finding.suggestion.map((edit) => editToLsp(edit, lines)) } : {}),
  };
  return {
    range: spanToRange(finding, lines),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription,
    source: 'copydesk',
    message: finding.reason,
    ...(relatedInformation.length > 0 ? { relatedInformation } : {}),
    ...(finding.unnecessary ? { tags: [DiagnosticTag.Unnecessary] } : {}),
    data,
  };
}

/**
 * The smallest single edit turning `before` into `after`: the common start
 * and end are kept, so the editor's cursor, folds and undo stay put outside
 * the changed stretch.
 */
export function minimalEdit(before: string, after: string, lines: LineIndex): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const shortest = Math.min(before.length, after.length);
  while (start < shortest && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < shortest - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // Never cut a CRLF in two: a position between `\r` and `\n` has no line and character.
  if (start > 0 && before[start - 1] === '\r' && before[start] === '\n') start--;
  if (end > 0 && before[before.length - end - 1] === '\r' && before[before.length - end] === '\n') end--;
  return editToLsp({ start, end: before.length - end, newText: after.slice(start, after.length - end) }, lines);
}
