import { finished, runNode, whyNoFigure, type ChildRun } from './child';
import { formatNumber, measured, type BenchContext, type Measurement, type Target } from './section';
import { MB, median } from './stats';

/** A command line timed against others: `node <args>` from the repository. */
export interface Case {
  readonly label: string;
  readonly args: readonly string[];
  /** Bytes of input it reads, for MB/s. */
  readonly bytes: number;
}

/** What several runs of one case came to; `failure` when no run gave a figure. */
export interface Timing {
  readonly runs: readonly ChildRun[];
  readonly wallSeconds: number;
  readonly cpuSeconds: number | undefined;
  readonly peakBytes: number | undefined;
  readonly failure?: string;
}

/** A run this long is not repeated: one more would cost minutes and say little more. */
const LONG_RUN_MS = 60_000;

/**
 * Runs every case once per round, the cases taking turns, so that whatever
 * else the machine does slows them alike and their ratio holds. A case that
 * timed out, failed or took over a minute is not run again.
 */
export async function interleaved(context: BenchContext, cases: readonly Case[], rounds = context.rounds): Promise<Timing[]> {
  const runs: ChildRun[][] = cases.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [index, entry] of cases.entries()) {
      const previous = runs[index]!.at(-1);
      if (previous && (!finished(previous) || previous.wallMs > LONG_RUN_MS)) continue;
      context.log(`${entry.label}${rounds > 1 ? ` (round ${round + 1} of ${rounds})` : ''}…`);
      runs[index]!.push(await runNode(entry.args, { cwd: context.repoDir, timeoutMs: context.timeoutMs }));
    }
  }
  return runs.map((caseRuns) => summarise(caseRuns, context.timeoutMs));
}

function summarise(runs: readonly ChildRun[], timeoutMs: number): Timing {
  const done = runs.filter(finished);
  const peaks = runs.map((run) => run.peakBytes).filter((peak): peak is number => peak !== undefined);
  const peakBytes = peaks.length > 0 ? Math.max(...peaks) : undefined;
  if (done.length === 0)
    return { runs, wallSeconds: Number.NaN, cpuSeconds: undefined, peakBytes, failure: whyNoFigure(runs[0]!, timeoutMs) };
  const cpus = done.map((run) => run.cpuSeconds).filter((cpu): cpu is number => cpu !== undefined);
  return {
    runs: done,
    wallSeconds: median(done.map((run) => run.wallMs)) / 1000,
    cpuSeconds: cpus.length > 0 ? median(cpus) : undefined,
    peakBytes,
  };
}

/** `median of 3 runs`, `one run`. */
export function runsNote(timing: Timing): string {
  return timing.runs.length === 1 ? 'one run' : `median of ${timing.runs.length} runs`;
}

/** A row that gives no figure: the case timed out or failed, and says so. */
export function noFigure(label: string, timing: Timing): Measurement {
  return {
    label,
    shown: timing.runs.some((run) => run.timedOut) || /timed out/.test(timing.failure ?? '') ? 'timed out' : 'failed',
    note: timing.failure,
  };
}

/** Wall time, throughput and CPU time of one case, or why there is none. */
export function timingRow(label: string, timing: Timing, bytes: number, extra: { target?: Target; note?: string } = {}): Measurement {
  if (timing.failure) return noFigure(label, timing);
  const cpu =
    timing.cpuSeconds === undefined
      ? ''
      : `; CPU ${formatNumber(timing.cpuSeconds, 2)} s (${(bytes / MB / timing.cpuSeconds).toFixed(2)} MB per CPU-second)`;
  return measured(label, timing.wallSeconds, 's', 2, {
    ...(extra.target ? { target: extra.target } : {}),
    note: `${runsNote(timing)}: ${(bytes / MB / timing.wallSeconds).toFixed(2)} MB/s${cpu}${extra.note ? `; ${extra.note}` : ''}`,
  });
}

/** Peak resident memory in MB (10^6 bytes), held to `target` when given. */
export function memoryRow(label: string, timing: Timing, target?: Target): Measurement {
  if (timing.peakBytes === undefined) return { label, shown: 'unknown', note: '/proc/<pid>/status not readable' };
  const timedOut = timing.failure ? `; ${timing.failure}, the peak until then` : '';
  return measured(label, timing.peakBytes / MB, 'MB', 0, { ...(target ? { target } : {}), note: `VmHWM, highest of the runs${timedOut}` });
}

/**
 * How many times faster `ours` ran than `theirs` (their time over ours): 3×
 * means a third of the time. Undefined when either gave no figure.
 */
export function speedRatio(ours: Timing, theirs: Timing): number | undefined {
  if (ours.failure || theirs.failure) return undefined;
  return theirs.wallSeconds / ours.wallSeconds;
}

export function cpuRatio(ours: Timing, theirs: Timing): number | undefined {
  if (ours.failure || theirs.failure || ours.cpuSeconds === undefined || theirs.cpuSeconds === undefined) return undefined;
  return theirs.cpuSeconds / ours.cpuSeconds;
}
