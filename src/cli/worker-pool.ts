import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { lintFile, type FileTask } from './lint-file';
import type { FileOutcome } from './report';

/** Marks a thread started by the pool, so the shared bundle knows to serve rather than run the command line. */
const WORKER_MARK = 'copydesk-lint-worker';

/** A batch closes at this many files or bytes: few messages, yet an even share at the end even when one file is huge. */
const BATCH_FILES = 8;
const BATCH_BYTES = 64 * 1024;
/** Batches a worker holds at once, so it never waits for the main thread, which lints too, to hand it the next. */
const IN_FLIGHT = 2;

interface Batch {
  readonly first: number;
  readonly tasks: readonly FileTask[];
}

interface BatchDone {
  readonly first: number;
  readonly outcomes: readonly FileOutcome[];
}

export function isPoolWorker(): boolean {
  return (workerData as { role?: string } | null)?.role === WORKER_MARK;
}

/** The worker side: lint each batch posted and post the plain outcomes back. */
export function serveLintWorker(): void {
  parentPort!.on('message', (batch: Batch) => {
    const done: BatchDone = { first: batch.first, outcomes: batch.tasks.map(lintFile) };
    parentPort!.postMessage(done);
  });
}

/**
 * Cores one linting thread keeps busy: besides its own JavaScript, V8's
 * collector and compiler run beside it on part of another core. Measured
 * as the CPU time over the wall time of a one-thread lint of the bench
 * archive.
 */
const CORES_PER_LINTER = 1.25;

/**
 * Worker threads for a large run by default: as many more linters as the
 * cores keep busy, less the main thread, which lints as well. Each worker
 * loads the bundle and the entity model and warms up its own compiled
 * code and word caches, so on two cores one thread already fills the
 * machine and a worker costs time and memory without paying.
 */
export function defaultWorkerCount(): number {
  return Math.max(0, Math.floor(availableParallelism() / CORES_PER_LINTER) - 1);
}

/** Consecutive tasks in batches of at most `BATCH_FILES` files and, past the first file, `BATCH_BYTES` bytes. */
export function batchesOf(tasks: readonly FileTask[], sizes: readonly number[]): Batch[] {
  const batches: Batch[] = [];
  let first = 0;
  while (first < tasks.length) {
    let end = first + 1;
    let bytes = sizes[first] ?? 0;
    while (end < tasks.length && end - first < BATCH_FILES && bytes + (sizes[end] ?? 0) <= BATCH_BYTES) bytes += sizes[end++] ?? 0;
    batches.push({ first, tasks: tasks.slice(first, end) });
    first = end;
  }
  return batches;
}

/** Lets the messages of the workers in, between two batches the main thread lints. */
function yieldToWorkers(): Promise<void> {
  return new Promise((resume) => setImmediate(resume));
}

/**
 * Lints tasks on the main thread and `workers` worker threads started
 * from `entry` (the CLI bundle itself; none without it), all taking the next batch from one
 * queue. `sizes` are the files' sizes in bytes, for even batches.
 * `onOutcome` hears each outcome in task order as soon as it and every one
 * before it are done, so a report can be written while the rest is still
 * being linted.
 */
export async function lintInPool(
  tasks: readonly FileTask[],
  sizes: readonly number[],
  options: { entry?: string; workers: number; onOutcome: (index: number, outcome: FileOutcome) => void },
): Promise<void> {
  const queue = batchesOf(tasks, sizes);
  const outcomes: Array<FileOutcome | undefined> = new Array(tasks.length);
  let delivered = 0;
  const settle = (done: BatchDone): void => {
    done.outcomes.forEach((outcome, index) => (outcomes[done.first + index] = outcome));
    for (; delivered < tasks.length && outcomes[delivered] !== undefined; delivered++) {
      options.onOutcome(delivered, outcomes[delivered]!);
      // Delivered outcomes are the caller's: the pool keeps none of them.
      outcomes[delivered] = undefined;
    }
  };
  const workers = options.entry
    ? Array.from({ length: options.workers }, () => new Worker(options.entry!, { workerData: { role: WORKER_MARK } }))
    : [];
  let failure: Error | undefined;
  const fed = workers.map((worker) =>
    new Promise<void>((resolve, reject) => {
      let inFlight = 0;
      const feed = (): void => {
        while (inFlight < IN_FLIGHT && queue.length > 0) {
          worker.postMessage(queue.shift()!);
          inFlight++;
        }
        if (inFlight === 0) resolve();
      };
      worker.on('message', (done: BatchDone) => {
        inFlight--;
        settle(done);
        feed();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (inFlight > 0 || code !== 0) reject(new Error(`a lint worker stopped early (exit code ${code})`));
      });
      feed();
    }).catch((error: Error) => {
      failure ??= error;
    }),
  );
  try {
    while (queue.length > 0 && !failure) {
      const batch = queue.shift()!;
      settle({ first: batch.first, outcomes: batch.tasks.map(lintFile) });
      await yieldToWorkers();
    }
    await Promise.all(fed);
    if (failure) throw failure;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
