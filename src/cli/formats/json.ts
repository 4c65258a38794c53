import type { FileReport } from '../report';

/** One JSON array of file reports, the shape documented in docs/cli.md. */
export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify(reports) + '\n';
}
