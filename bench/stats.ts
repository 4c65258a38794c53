/** Small statistics for timings; samples in milliseconds. */

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Nearest-rank percentile: the smallest sample with at least `p` % of samples at or below it. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** Runs `work` `warmUp` times untimed (so the JIT has compiled it), then `runs` times timed. */
export function timeRuns(work: () => void, warmUp: number, runs: number): number[] {
  for (let i = 0; i < warmUp; i++) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    samples.push(performance.now() - started);
  }
  return samples;
}

/** Megabytes here are 10^6 bytes, as disk and network speeds are counted. */
export const MB = 1e6;
