import { relative, sep } from 'node:path';
import type { Severity } from '../../core/findings';
import type { FileReport } from '../report';
import type { FormatContext } from './context';
import { escapeUnprintable } from './escape';
import type { ReportWriter } from './writer';

const COMMANDS: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a command's message as the Actions runner decodes it; other controls are shown, not sent to the log. */
export function escapeData(text: string): string {
  return escapeUnprintable(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Escapes a command's property value, where `:` and `,` also separate. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands, one per finding, which the runner turns
 * into annotations on the pull request's files; written a file at a time.
 */
export function githubWriter(context: FormatContext): ReportWriter {
  return { file: (report) => githubCommands(report, context), end: () => '' };
}

function githubCommands(report: FileReport, context: FormatContext): string {
  const lines: string[] = [];
  const file = relative(context.cwd, report.filePath).split(sep).join('/');
  for (const finding of report.messages) {
    const properties = [
      `file=${escapeProperty(file)}`,
      `line=${finding.line}`,
      `endLine=${finding.endLine}`,
      `col=${finding.column}`,
      `endColumn=${finding.endColumn}`,
      `title=${escapeProperty(finding.ruleId)}`,
    ].join(',');
    lines.push(`::${COMMANDS[finding.severity]} ${properties}::${escapeData(finding.message)}`);
  }
  return lines.map((line) => line + '\n').join('');
}
