import { targetMet, type Measurement, type Target } from './section';

function describeTarget(target: Target): string {
  return `${target.atLeast ? '≥' : '≤'} ${target.limit.toLocaleString('en-GB')} ${target.unit}`;
}

function verdict(measurement: Measurement): string {
  const met = targetMet(measurement);
  return met === undefined ? '' : met ? 'met' : 'NOT MET';
}

/** One section as a plain-text table: measure, result, target, whether it was met, and a note. */
export function formatTable(title: string, measurements: readonly Measurement[]): string {
  const header = ['measure', 'result', 'target', '', 'note'];
  const body = measurements.map((m) => [m.label, m.shown, m.target ? describeTarget(m.target) : '', verdict(m), m.note ?? '']);
  const widths = header.map((_, column) => Math.max(...[header, ...body].map((row) => row[column]!.length)));
  const line = (row: readonly string[]): string =>
    '  ' +
    row
      .map((cell, column) => (column === 1 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [
    title,
    line(header),
    '  ' +
      widths
        .map((width) => '-'.repeat(width))
        .join('  ')
        .trimEnd(),
    ...body.map(line),
  ].join('\n');
}

/** The closing lines: every figure held to a target, and plainly whether it met it. */
export function formatVerdicts(results: ReadonlyArray<{ id: string; measurements: readonly Measurement[] }>): string[] {
  const lines: string[] = [];
  for (const { id, measurements } of results) {
    for (const measurement of measurements) {
      if (!measurement.target) continue;
      const met = targetMet(measurement);
      lines.push(
        `(${id}) ${measurement.label}: ${measurement.shown}, target ${describeTarget(measurement.target)}: ${met ? 'met' : 'NOT met'}`,
      );
    }
  }
  return lines;
}
