import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { lintFile, type FileTask } from './lint-file';
import type { FileOutcome } from './report';

/** Marks a thread started by the pool, so the shared bundle knows to serve rather than run the command line. */
const WORKER_MARK = 'copydesk-lint-worker';

/** Tasks travel in small batches: fewer messages than one per file, still an even share at the end. */
const BATCH_SIZE = 8;

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

export function defaultWorkerCount(): number {
  return availableParallelism();
}

/**
 * Lints tasks on a pool of worker threads started from `entry` (the CLI
 * bundle itself), each taking the next batch when it finishes one.
 * Outcomes come back in task order, whatever order the workers finish in.
 */
export async function lintInWorkers(
  tasks: readonly FileTask[],
  entry: string,
  size: number,
  onProgress: (done: number) => void,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(tasks.length);
  let next = 0;
  let finished = 0;
  const workers = Array.from(
    { length: Math.max(1, Math.min(size, Math.ceil(tasks.length / BATCH_SIZE))) },
    () => new Worker(entry, { workerData: { role: WORKER_MARK } }),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = (): void => {
              if (next >= tasks.length) {
                resolve();
                return;
              }
              const first = next;
              next = Math.min(tasks.length, next + BATCH_SIZE);
              worker.postMessage({ first, tasks: tasks.slice(first, next) } satisfies Batch);
            };
            worker.on('message', (done: BatchDone) => {
              done.outcomes.forEach((outcome, index) => (outcomes[done.first + index] = outcome));
              finished += done.outcomes.length;
              onProgress(finished);
              feed();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (next < tasks.length || code !== 0) reject(new Error(`a lint worker stopped early (exit code ${code})`));
            });
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return outcomes;
}
