import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { childrenCpuSeconds } from './child-cpu';
import { watchPeakMemory } from './peak-memory';
import type { BenchContext } from './section';

/** One run of a command as a child process, watched from outside as a user's shell would see it. */
export interface ChildRun {
  readonly wallMs: number;
  /** User and system time of all its threads; undefined where `/proc` is not there. */
  readonly cpuSeconds: number | undefined;
  /** Peak resident memory (`VmHWM`) in bytes. */
  readonly peakBytes: number | undefined;
  readonly exitCode: number | null;
  /** Killed after the case's time limit. */
  readonly timedOut: boolean;
  readonly stderr: string;
}

export interface ChildOptions {
  readonly cwd: string;
  /** Killed after this long, and reported as timed out. */
  readonly timeoutMs: number;
}

/**
 * Runs `node <args>` with its standard output thrown away (a report to
 * /dev/null: the cost of writing it stays in, the terminal's does not),
 * timing its wall and CPU time and watching its peak memory.
 */
export function runNode(args: readonly string[], options: ChildOptions): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const cpuBefore = childrenCpuSeconds();
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: options.cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    const memory = watchPeakMemory(child.pid!);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      // The first lines say what went wrong; a linter's report on standard error can run to megabytes.
      if (stderr.length < 20_000) stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      const cpuAfter = childrenCpuSeconds();
      const cpuSeconds = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
      resolve({ wallMs, cpuSeconds, peakBytes: memory.stop(), exitCode, timedOut, stderr });
    });
  });
}

/** Exit 0 (nothing found) and 1 (findings) are both a finished lint: the corpus is meant to have findings. */
export function finished(run: ChildRun): boolean {
  return !run.timedOut && (run.exitCode === 0 || run.exitCode === 1);
}

/** Why a run gives no figure, in a few words: timed out, or its exit code and first line of error. */
export function whyNoFigure(run: ChildRun, timeoutMs: number): string {
  if (run.timedOut) return `timed out after ${Math.round(timeoutMs / 1000)} s`;
  return `exit ${run.exitCode}: ${run.stderr.trim().split('\n')[0] || 'no message'}`;
}

/** The newest modification time of any file under `folder`. */
function newestIn(folder: string): number {
  return Math.max(0, ...readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((name) => statSync(join(folder, name)).mtimeMs));
}

/** Builds `dist/` when `file` is missing or older than a source file, so the figures are those of the code in the tree. */
export function ensureBuilt(context: BenchContext, file: 'cli.js' | 'server.js'): string {
  const path = join(context.repoDir, 'dist', file);
  const missing = !existsSync(path);
  if (missing || statSync(path).mtimeMs < newestIn(join(context.repoDir, 'src'))) {
    context.log(`dist/${file} is ${missing ? 'missing' : 'older than src/'}; building it with node esbuild.js…`);
    const build = spawnSync(process.execPath, ['esbuild.js'], { cwd: context.repoDir, stdio: 'inherit' });
    if (build.status !== 0) throw new Error(`node esbuild.js failed; the figures need dist/${file}`);
  }
  return path;
}
