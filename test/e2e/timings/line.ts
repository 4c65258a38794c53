import type { Timings } from '../../../src/client/on-demand';

/** What the timing window reports: Copydesk's own timings, and the editor's around them. */
export interface WindowTimings {
  readonly copydesk: Timings;
  /**
   * From VS Code's performance marks in the extension host (an internal the
   * workbench keeps on `globalThis`; absent if a version drops it), in
   * milliseconds since the host's start: when it was ready to load
   * extensions, and when it began to load Copydesk.
   */
  readonly host?: { readonly ready: number; readonly copydeskLoad: number };
  /** How many diagnostics the opened article had when the window reported. */
  readonly diagnostics: number;
}

/** The start of the console line on which the timing window reports its timings as JSON. */
const TIMINGS_LINE = 'copydesk-timings ';

export function timingsLine(timings: WindowTimings): string {
  return TIMINGS_LINE + JSON.stringify(timings);
}

/** The timings from the extension host's console lines (the workbench prefixes a log level), if one of them carries them. */
export function findTimings(lines: readonly string[]): WindowTimings | undefined {
  const line = lines.find((candidate) => candidate.includes(TIMINGS_LINE));
  return line === undefined ? undefined : (JSON.parse(line.slice(line.indexOf(TIMINGS_LINE) + TIMINGS_LINE.length)) as WindowTimings);
}
