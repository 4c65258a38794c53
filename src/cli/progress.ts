const WIDTH = 30;
/** Redraw at most this often: a bar redrawn per file would cost more than linting the file. */
const REDRAW_MS = 100;

export interface ProgressTarget {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/**
 * A one-line progress bar on a terminal, redrawn in place and erased when
 * the run ends. Nothing at all when the stream is not a terminal or the
 * run is in CI, where the lines would only pile up in a log.
 */
export function createProgress(
  stream: ProgressTarget,
  env: NodeJS.ProcessEnv,
): { update(done: number, total: number): void; finish(): void } {
  if (!stream.isTTY || env.CI) return { update: () => {}, finish: () => {} };
  let drawn = false;
  let last = 0;
  return {
    update(done, total) {
      const now = Date.now();
      if (total === 0 || (done < total && now - last < REDRAW_MS)) return;
      last = now;
      const filled = Math.round((done / total) * WIDTH);
      stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(WIDTH - filled)}] ${done}/${total} files`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
