import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { describeIoError, readBytes } from '../workspace/read-text';
import { ConfigLookup } from '../workspace/config-files';
import { LintCache } from './cache';
import type { FileTask, FixMode } from './lint-file';
import type { FileOutcome, FileReport } from './report';
import { TOOL_VERSION } from './version';
import { defaultWorkerCount, lintInPool } from './worker-pool';

/** Past either size, starting worker threads costs less than it saves. */
const LARGE_RUN_FILES = 200;
const LARGE_RUN_BYTES = 2 * 1024 * 1024;

export interface LintFilesOptions {
  /** Where relative paths and diff headers start; defaults to `process.cwd()`. */
  readonly cwd?: string;
  /** Configuration lookup to share with discovery; a fresh one by default. */
  readonly configs?: ConfigLookup;
  readonly fix?: FixMode;
  /** Where to keep the cache; no cache when absent. */
  readonly cacheLocation?: string;
  /** The version the cache is keyed on; `buildIdentity` gives one that changes with every build. */
  readonly toolVersion?: string;
  /** How many worker threads a large run uses beside this thread, which lints too: 0 lints in this thread alone; by default one fewer than the cores. */
  readonly workers?: number;
  /** The script a worker thread starts from (the CLI bundle); without it every run lints in this thread. */
  readonly workerEntry?: string;
  readonly onProgress?: (done: number, total: number) => void;
  /** Hears each file's outcome in the order of the paths, as soon as it and every one before it are known; none is kept after. */
  readonly onOutcome: (index: number, outcome: FileOutcome) => void;
}

export interface LintRun {
  /** How many worker threads linted; 0 when the run stayed in this thread. */
  readonly workers: number;
  /** How many reports came from the cache. */
  readonly fromCache: number;
  /** Why the cache could not be written, when it could not: the run's report stands. */
  readonly cacheProblem?: string;
}

/** Each file's size in bytes, 0 when it cannot be read (lintFile then says why). */
function sizesOf(paths: readonly string[]): number[] {
  return paths.map((path) => statSync(path, { throwIfNoEntry: false })?.size ?? 0);
}

/**
 * Worker threads pay only past a run's size: each starts the bundle, the
 * entity model and its own compiled code. With one file there is nothing
 * to share out, however large it is.
 */
function workersFor(sizes: readonly number[], poolSize: number): number {
  if (poolSize <= 0 || sizes.length < 2) return 0;
  const bytes = sizes.reduce((sum, size) => sum + size, 0);
  return sizes.length > LARGE_RUN_FILES || bytes > LARGE_RUN_BYTES ? Math.min(poolSize, sizes.length - 1) : 0;
}

/**
 * Lints files that are already chosen (see `discoverFiles`): each with its
 * own configuration, from the cache where the cache holds it, and on every
 * core when the run is large. The in-process API behind `copydesk lint` and
 * `npm run bench`.
 */
export async function lintFiles(paths: readonly string[], options: LintFilesOptions): Promise<LintRun> {
  const cwd = options.cwd ?? process.cwd();
  const configs = options.configs ?? new ConfigLookup(cwd);
  const fix = options.fix ?? 'off';
  const cache = options.cacheLocation === undefined ? undefined : new LintCache(options.cacheLocation, options.toolVersion ?? TOOL_VERSION);
  // Outcomes wait here only until every one before them is handed on.
  const outcomes: Array<FileOutcome | undefined> = new Array(paths.length);
  const pending: Array<{ index: number; task: FileTask; configFiles: readonly string[]; key?: string }> = [];

  paths.forEach((path, index) => {
    const applied = configs.forFile(path);
    const task: FileTask = { path, displayPath: relative(cwd, path), config: applied.config, fix };
    const key = cache ? cacheKey(cache, task, applied.files) : undefined;
    const report = key === undefined ? undefined : cache!.get(path, key);
    // Under --fix a cached report will do only when nothing in it could be fixed.
    if (report && (fix === 'off' || report.messages.every((message) => message.fix === null))) {
      outcomes[index] = { report, ...(fix === 'off' ? {} : { fix: { applied: {} } }) };
    } else {
      pending.push({ index, task, configFiles: applied.files, ...(key === undefined ? {} : { key }) });
    }
  });

  const total = pending.length;
  const sizes = sizesOf(pending.map((entry) => entry.task.path));
  const workerCount = workersFor(sizes, options.workerEntry ? (options.workers ?? defaultWorkerCount()) : 0);
  const deliver = inPathOrder(outcomes, options.onOutcome);
  options.onProgress?.(0, total);
  let done = 0;
  deliver();
  await lintInPool(
    pending.map((entry) => entry.task),
    sizes,
    {
      ...(options.workerEntry ? { entry: options.workerEntry } : {}),
      workers: workerCount,
      onOutcome: (position, outcome) => {
        const entry = pending[position]!;
        outcomes[entry.index] = outcome;
        remember(cache, fix, entry, outcome);
        options.onProgress?.(++done, total);
        deliver();
      },
    },
  );
  return { workers: workerCount, fromCache: paths.length - total, ...saveCache(cache) };
}

/** Writes the cache; one that cannot be written costs the next run its speed, not this run its report. */
function saveCache(cache: LintCache | undefined): { cacheProblem?: string } {
  try {
    cache?.save();
    return {};
  } catch (error) {
    return { cacheProblem: `the cache was not written to ${cache!.location}: ${describeIoError(error)}` };
  }
}

/** Hands `onOutcome` each outcome in path order as the run fills them in, and lets go of it; call it after each one arrives. */
function inPathOrder(outcomes: Array<FileOutcome | undefined>, onOutcome: LintFilesOptions['onOutcome']): () => void {
  let next = 0;
  return () => {
    for (; next < outcomes.length && outcomes[next] !== undefined; next++) {
      onOutcome(next, outcomes[next]!);
      outcomes[next] = undefined;
    }
  };
}

/** What the cache keeps of a freshly linted file. */
function remember(
  cache: LintCache | undefined,
  fix: FixMode,
  entry: { task: FileTask; configFiles: readonly string[]; key?: string },
  outcome: FileOutcome,
): void {
  if (!cache) return;
  // A fixed file's bytes changed, so its key is computed afresh; a failed file is forgotten.
  if ('failure' in outcome) cache.delete(entry.task.path);
  else if (fix === 'write') cacheAfterWrite(cache, entry.task, entry.configFiles, outcome.report);
  else if (fix === 'off' && entry.key) cache.set(entry.task.path, entry.key, outcome.report);
}

/** The cache key of a file as it is now, or undefined when it cannot be read (lintFile then reports why). */
function cacheKey(cache: LintCache, task: FileTask, configFiles: readonly string[]): string | undefined {
  try {
    return cache.key(readBytes(task.path), { config: task.config, configFiles });
  } catch {
    return undefined;
  }
}

function cacheAfterWrite(cache: LintCache, task: FileTask, configFiles: readonly string[], report: FileReport): void {
  const key = cacheKey(cache, task, configFiles);
  if (key === undefined) cache.delete(task.path);
  else cache.set(task.path, key, report);
}
