import { statSync } from 'node:fs';
import { relative } from 'node:path';
import { readBytes } from '../workspace/read-text';
import { ConfigLookup } from '../workspace/config-files';
import { LintCache } from './cache';
import { lintFile, type FileTask, type FixMode } from './lint-file';
import type { FileOutcome, FileReport } from './report';
import { TOOL_VERSION } from './version';
import { defaultWorkerCount, lintInWorkers } from './worker-pool';

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
  /** How many worker threads a large run uses: 0 lints in this thread; by default one per core. */
  readonly workers?: number;
  /** The script a worker thread starts from (the CLI bundle); without it every run lints in this thread. */
  readonly workerEntry?: string;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface LintRun {
  /** One outcome per path, in the order given. */
  readonly outcomes: readonly FileOutcome[];
  /** How many worker threads linted; 0 when the run stayed in this thread. */
  readonly workers: number;
  /** How many reports came from the cache. */
  readonly fromCache: number;
}

function isLargeRun(paths: readonly string[]): boolean {
  if (paths.length > LARGE_RUN_FILES) return true;
  let bytes = 0;
  for (const path of paths) {
    bytes += statSync(path, { throwIfNoEntry: false })?.size ?? 0;
    if (bytes > LARGE_RUN_BYTES) return true;
  }
  return false;
}

/**
 * Lints files that are already chosen (see `discoverFiles`): each with its
 * own configuration, from the cache where the cache holds it, and on every
 * core when the run is large. The in-process API behind `copydesk lint` and
 * `npm run bench`.
 */
export async function lintFiles(paths: readonly string[], options: LintFilesOptions = {}): Promise<LintRun> {
  const cwd = options.cwd ?? process.cwd();
  const configs = options.configs ?? new ConfigLookup(cwd);
  const fix = options.fix ?? 'off';
  const cache = options.cacheLocation === undefined ? undefined : new LintCache(options.cacheLocation, options.toolVersion ?? TOOL_VERSION);
  const outcomes: FileOutcome[] = new Array(paths.length);
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
  const poolSize = options.workerEntry ? (options.workers ?? defaultWorkerCount()) : 0;
  const workerCount = poolSize > 0 && isLargeRun(pending.map((entry) => entry.task.path)) ? poolSize : 0;
  options.onProgress?.(0, total);
  let linted: FileOutcome[];
  if (workerCount > 0) {
    linted = await lintInWorkers(
      pending.map((entry) => entry.task),
      options.workerEntry!,
      workerCount,
      (done) => options.onProgress?.(done, total),
    );
  } else {
    linted = pending.map((entry, done) => {
      const outcome = lintFile(entry.task);
      options.onProgress?.(done + 1, total);
      return outcome;
    });
  }

  pending.forEach((entry, position) => {
    const outcome = linted[position]!;
    outcomes[entry.index] = outcome;
    if (!cache) return;
    // A fixed file's bytes changed, so its key is computed afresh; a failed file is forgotten.
    if ('failure' in outcome) cache.delete(entry.task.path);
    else if (fix === 'write') cacheAfterWrite(cache, entry.task, entry.configFiles, outcome.report);
    else if (fix === 'off' && entry.key) cache.set(entry.task.path, entry.key, outcome.report);
  });
  cache?.save();
  return { outcomes, workers: workerCount, fromCache: paths.length - total };
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
