import type { Timings } from '../../../src/client/on-demand';

/** The start of the console line on which the timing window reports Copydesk's timings as JSON. */
const TIMINGS_LINE = 'copydesk-timings ';

export function timingsLine(timings: Timings): string {
  return TIMINGS_LINE + JSON.stringify(timings);
}

/** The timings from the extension host's console lines (the workbench prefixes a log level), if one of them carries them. */
export function findTimings(lines: readonly string[]): Timings | undefined {
  const line = lines.find((candidate) => candidate.includes(TIMINGS_LINE));
  return line === undefined ? undefined : (JSON.parse(line.slice(line.indexOf(TIMINGS_LINE) + TIMINGS_LINE.length)) as Timings);
}
