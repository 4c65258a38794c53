import type { Timings } from '../../../src/client/on-demand';

/** The start of the console line on which the timing window reports Copydesk's timings as JSON. */
const TIMINGS_LINE = 'copydesk-timings ';

export function timingsLine(timings: Timings): string {
  return TIMINGS_LINE + JSON.stringify(timings);
}

/** The timings from the extension host's console lines, if one of them carries them. */
export function findTimings(lines: readonly string[]): Timings | undefined {
  const line = lines.find((candidate) => candidate.startsWith(TIMINGS_LINE));
  return line === undefined ? undefined : (JSON.parse(line.slice(TIMINGS_LINE.length)) as Timings);
}
