import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { writeCorpusConfig } from './corpus';
import { childrenCpuSeconds } from './child-cpu';
import { watchPeakMemory } from './peak-memory';
import { measured, type BenchContext, type Measurement, type Section } from './section';
import { MB, median } from './stats';
import { STRUCTURAL_RULES_SPEED } from './targets';

/** Timed runs of each command; the median wall time is reported, the highest peak memory. */
const RUNS = 3;

interface CliRun {
  readonly wallMs: number;
  /** User and system time of all its threads. */
  readonly cpuSeconds: number | undefined;
  readonly peakBytes: number | undefined;
  readonly exitCode: number | null;
  readonly stderr: string;
}

/** Exit 0 (no errors) and 1 (errors found) are both a finished lint; the corpus is meant to have errors. */
function finished(run: CliRun): boolean {
  return run.exitCode === 0 || run.exitCode === 1;
}

/** The newest modification time of any file under `folder`. */
function newestIn(folder: string): number {
  return Math.max(0, ...readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((name) => statSync(join(folder, name)).mtimeMs));
}

/** Builds `dist/cli.js` when it is missing or older than a source file, so the figures are those of the code in the tree. */
function ensureBuilt(context: BenchContext): string {
  const cli = join(context.repoDir, 'dist', 'cli.js');
  const missing = !existsSync(cli);
  if (missing || statSync(cli).mtimeMs < newestIn(join(context.repoDir, 'src'))) {
    context.log(`cli: dist/cli.js is ${missing ? 'missing' : 'older than src/'}; building it with node esbuild.js…`);
    const build = spawnSync(process.execPath, ['esbuild.js'], { cwd: context.repoDir, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('node esbuild.js failed; the end-to-end figures need dist/cli.js');
  }
  return cli;
}

/** Runs the CLI as a user would, report to /dev/null, watching its wall time and peak memory. */
function runCli(context: BenchContext, args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const cpuBefore = childrenCpuSeconds();
    const started = performance.now();
    const child = spawn(process.execPath, ['dist/cli.js', ...args], { cwd: context.repoDir, stdio: ['ignore', 'ignore', 'pipe'] });
    const memory = watchPeakMemory(child.pid!);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const wallMs = performance.now() - started;
      const cpuAfter = childrenCpuSeconds();
      const cpuSeconds = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
      resolve({ wallMs, cpuSeconds, peakBytes: memory.stop(), exitCode, stderr });
    });
  });
}

async function runTimes(context: BenchContext, args: readonly string[], runs: number): Promise<CliRun[]> {
  const results: CliRun[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await runCli(context, args);
    results.push(run);
    if (!finished(run)) break;
  }
  return results;
}

/** The `--verbose` line (`linted N files (M from the cache) on K worker threads`), when the CLI prints one. */
function verboseNote(run: CliRun): string | undefined {
  return /linted .*$/m.exec(run.stderr)?.[0];
}

/** Rows for one command: wall time, files/s, MB/s against the target, peak memory. */
function rows(context: BenchContext, prefix: string, runs: readonly CliRun[]): Measurement[] {
  const failed = runs.find((run) => !finished(run));
  if (failed) {
    const reason = failed.stderr.trim().split('\n')[0] || 'no message';
    return [{ label: `${prefix}failed`, shown: `exit ${failed.exitCode}`, note: reason }];
  }
  const wall = median(runs.map((run) => run.wallMs)) / 1000;
  const peaks = runs.map((run) => run.peakBytes).filter((peak): peak is number => peak !== undefined);
  const { files, bytes } = context.corpus;
  const note = verboseNote(runs[runs.length - 1]!);
  const cpus = runs.map((run) => run.cpuSeconds).filter((cpu): cpu is number => cpu !== undefined);
  const cpu = cpus.length > 0 ? median(cpus) : undefined;
  return [
    measured(`${prefix}wall time`, wall, 's', 2, {
      note: `${runs.length === 1 ? 'one run' : `median of ${runs.length} runs`}; exit ${runs[0]!.exitCode}`,
    }),
    ...(cpu === undefined
      ? []
      : [
          measured(`${prefix}CPU time, all threads`, cpu, 's', 2, {
            note: `${(bytes / MB / cpu).toFixed(1)} MB per CPU-second; ${(cpu / wall).toFixed(2)} cores busy on average`,
          }),
        ]),
    measured(`${prefix}files per second`, files.length / wall, 'files/s', 0),
    measured(`${prefix}throughput`, bytes / MB / wall, 'MB/s', 1, { target: STRUCTURAL_RULES_SPEED }),
    peaks.length > 0
      ? measured(`${prefix}peak memory (VmHWM)`, Math.max(...peaks) / 2 ** 20, 'MiB', 0, note ? { note } : {})
      : { label: `${prefix}peak memory`, shown: 'unknown', note: '/proc/<pid>/status not readable' },
  ];
}

/** A row shown for comparison only: the target belongs to the default run. */
function withoutTarget(row: Measurement): Measurement {
  const { target: _target, ...rest } = row;
  return rest;
}

/** The corpus's `.copydeskrc.json` turns every rule but the structural ones off (see `writeCorpusConfig`). */
function lintArgs(context: BenchContext): string[] {
  writeCorpusConfig();
  return ['lint', relative(context.repoDir, context.corpusDir), '--format', 'json', '--verbose'];
}

/**
 * (b) The CLI end to end as a child process on the corpus: file discovery,
 * configuration lookup, reading, worker threads, linting and the JSON report.
 */
export const cliSection: Section = {
  id: 'cli',
  title: '(b) End to end, structural rules: node dist/cli.js lint bench/.corpus --format json --verbose > /dev/null',
  async run(context) {
    ensureBuilt(context);
    context.log('cli: linting the corpus end to end…');
    const pooled = rows(context, '', await runTimes(context, lintArgs(context), RUNS));
    // The same in one thread shows what the worker threads bring on this machine as it is now.
    context.log('cli: the same in one thread (--threads 0)…');
    const single = rows(context, 'one thread (--threads 0): ', await runTimes(context, [...lintArgs(context), '--threads', '0'], RUNS));
    return [...pooled, ...single.filter((row) => !/files per second|peak memory/.test(row.label)).map(withoutTarget)];
  },
};

/** (c) The same with `--cache`: one run to fill the cache, then timed runs on the unchanged corpus. */
export const cacheSection: Section = {
  id: 'cache',
  title: '(c) End to end with --cache, second run on an unchanged corpus',
  async run(context) {
    ensureBuilt(context);
    const cacheLocation = join(tmpdir(), `copydesk-bench-cache-${process.pid}`);
    rmSync(cacheLocation, { force: true, recursive: true });
    const args = [...lintArgs(context), '--cache', '--cache-location', cacheLocation];
    try {
      context.log('cache: filling the cache…');
      const fill = await runTimes(context, args, 1);
      const fillRows = rows(context, 'first run (fills the cache): ', fill);
      if (!finished(fill[0]!)) return fillRows;
      context.log('cache: re-linting the unchanged corpus…');
      return [fillRows[0]!, ...rows(context, 'cached: ', await runTimes(context, args, RUNS))];
    } finally {
      rmSync(cacheLocation, { force: true, recursive: true });
    }
  },
};
