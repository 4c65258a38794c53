import { relative } from 'node:path';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { reporter } from 'vfile-reporter';
import type { FileReport, ReportedFinding } from '../report';
import type { FormatContext } from './context';
import { escapeUnprintable } from './escape';

/** vfile's convention: fatal true is an error, false a warning, undefined information. */
const FATAL = { error: true, warning: false, info: undefined } as const;

function toMessage(finding: ReportedFinding): VFileMessage {
  const message = new VFileMessage(escapeUnprintable(finding.message), {
    place: {
      start: { line: finding.line, column: finding.column, offset: finding.start },
      end: { line: finding.endLine, column: finding.endColumn, offset: finding.end },
    },
    ruleId: escapeUnprintable(finding.ruleId),
    source: 'copydesk',
  });
  message.fatal = FATAL[finding.severity];
  message.url = finding.url;
  return message;
}

/** The terminal report, drawn by vfile-reporter as the unified tools draw theirs; files without findings are left out. */
export function formatStylish(reports: readonly FileReport[], context: FormatContext): string {
  const files = reports
    .filter((report) => report.messages.length > 0)
    .map((report) => {
      const file = new VFile({ path: escapeUnprintable(relative(context.cwd, report.filePath) || report.filePath) });
      file.messages.push(...report.messages.map(toMessage));
      return file;
    });
  if (files.length === 0) return '';
  return reporter(files, { color: context.color, quiet: true }) + '\n';
}
