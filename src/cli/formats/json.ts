import type { FileReport } from '../report';
import type { ReportWriter } from './writer';

/**
 * One JSON array of file reports, the shape documented in docs/cli.md,
 * written a file at a time: the same bytes as the array stringified whole,
 * without holding every report until the end.
 */
export function jsonWriter(): ReportWriter {
  let files = 0;
  return {
    file: (report: FileReport) => (files++ === 0 ? '[' : ',') + JSON.stringify(report),
    end: () => (files === 0 ? '[]\n' : ']\n'),
  };
}
