/**
 * The one worker-thread pool of the project. Parallel work (CSV byte ranges, Parquet row groups,
 * bootstrap resamples, drift columns) is expressed as tasks of a registered kind (tasks.ts) that
 * run on the next free worker; callers split the work deterministically and merge results in a
 * fixed order, so output never depends on the number of workers.
 *
 * The worker count is the adapter's choice (a CLI flag, an action input); the core only takes a
 * number. A pool of size 1 starts no thread at all: tasks run inline on the calling thread, which
 * is also the path for tiny inputs where starting a worker (≈ 30–60 ms) costs more than it saves.
 *
 * The threads, and how a worker starts (from sources or from a bundle), are thread-pool.ts's.
 */
import type { TaskOutput } from './tasks.js';
import { openThreads, type WorkerPool } from './thread-pool.js';

export type { TaskKind, TaskInput, TaskOutput } from './tasks.js';
export { BUNDLED_ENTRY, type TaskReply, type TaskRequest, type WorkerPool } from './thread-pool.js';

/**
 * Opens a pool of `size` workers (clamped to ≥ 1; fractions round down). Workers start lazily, on
 * the first task that needs one, so opening a pool for work that turns out tiny costs nothing.
 */
export function openPool(size: number): WorkerPool {
  return openThreads(size) ?? inlinePool();
}

/** Size 1: every task runs on the calling thread, with no worker started. */
function inlinePool(): WorkerPool {
  return {
    size: 1,
    async run(kind, input) {
      const { runTask } = await import('./tasks.js');
      return (await runTask(kind, input)) as TaskOutput<typeof kind>;
    },
    async runOnEach(kind, input) {
      const { runTask } = await import('./tasks.js');
      return [(await runTask(kind, input)) as TaskOutput<typeof kind>];
    },
    warm() {},
    async close() {},
  };
}
