/**
 * When drift starts its worker threads. A worker takes a while to load its entry (a thread and a
 * bundle to compile: about 0.1 s), so the threads are started as soon as it is known that the
 * reference will be read on them, and load while the calling thread does its own serial work:
 * computeDrift starts them once the reference is opened, and the CLI, for a reference named by
 * literal paths, before it loads the readers and the tests at all. One rule for both, here, in a
 * module that loads neither.
 */
import { literalFiles } from '../data/literal-files.js';
import { PARALLEL_MIN_BYTES } from '../data/parallel-threshold.js';
import type { WorkerPool } from '../parallel/thread-pool.js';

/**
 * Starts every worker of `pool` now (pool.warm) for a reference of `referenceBytes` bytes of data:
 * only when it is large enough to be read on the pool (below that, starting workers costs more
 * than it saves).
 */
export function startWorkers(pool: WorkerPool | undefined, referenceBytes: number): void {
  if (pool !== undefined && pool.size > 1 && referenceBytes >= PARALLEL_MIN_BYTES) pool.warm();
}

/**
 * `startWorkers` for a reference not opened yet, by its paths: when each names an existing data
 * file literally (see literalFiles; a profile `.json` is sketch mode and reads nothing on the pool).
 * Anything else starts nothing here; computeDrift decides once the files are resolved.
 */
export function startWorkersForReference(
  pool: WorkerPool | undefined,
  reference: readonly string[],
  cwd: string,
): void {
  if (pool === undefined || pool.size <= 1) return;
  const files = literalFiles(reference, cwd);
  if (files !== undefined)
    startWorkers(
      pool,
      files.reduce((sum, file) => sum + file.size, 0),
    );
}
