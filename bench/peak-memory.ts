import { readFileSync } from 'node:fs';

/**
 * Watches a process's peak resident memory (`VmHWM` in
 * `/proc/<pid>/status`, which the kernel keeps as a high-water mark, so a
 * poll every ~20 ms misses at most the last moments of a run). Worker
 * threads share the process, so they are counted too. Linux only; on other
 * systems the peak is unknown.
 */
export function watchPeakMemory(pid: number, intervalMs = 20): { stop(): number | undefined } {
  let peakKiB: number | undefined;
  const poll = (): void => {
    try {
      const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) peakKiB = Math.max(peakKiB ?? 0, Number(match[1]));
    } catch {
      // The process has exited between two polls, or /proc is not there.
    }
  };
  poll();
  const timer = setInterval(poll, intervalMs);
  return {
    /** The peak seen, in bytes. */
    stop(): number | undefined {
      clearInterval(timer);
      return peakKiB === undefined ? undefined : peakKiB * 1024;
    },
  };
}
