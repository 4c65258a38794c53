import type { FileReport } from '../report';
import type { FormatContext } from './context';

/**
 * A report in the making: `file` is given each file's report in order as
 * soon as it is linted and returns the text to write for it, `end` the
 * text that closes the report. A format that can write as it goes keeps
 * nothing; one that needs every file first (a summary, one JSON document)
 * keeps the reports and writes at the end.
 */
export interface ReportWriter {
  file(report: FileReport): string;
  end(): string;
}

export type Formatter = (context: FormatContext) => ReportWriter;

/** A format that is drawn from every report at once, written at the end. */
export function atTheEnd(format: (reports: readonly FileReport[], context: FormatContext) => string): Formatter {
  return (context) => {
    const reports: FileReport[] = [];
    return {
      file: (report) => {
        reports.push(report);
        return '';
      },
      end: () => format(reports, context),
    };
  };
}
