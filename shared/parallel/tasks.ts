/**
 * The registry of task kinds a worker can run: kind → handler (input → output or a promise of it).
 * `TaskKind`, `TaskInput` and `TaskOutput` derive from it, so `pool.run` is typed end to end. To add
 * a kind, add one entry; its handler must be a plain function of structured-cloneable data (no
 * closures, class instances or functions cross the thread boundary), and its module must not need
 * anything the worker bundle cannot carry.
 */
import { readCsvRange } from '../data/csv-ranges.js';
import { bootstrapChunk } from '../evaluate/bootstrap-task.js';

/** Every task kind and its handler. */
export const TASKS = {
  /** Parse one byte range of a CSV/TSV file into batches (shared/data/csv-ranges.ts). */
  'csv-range': readCsvRange,
  /** One range of a paired bootstrap's resamples (shared/evaluate/bootstrap-task.ts). */
  'evaluate.bootstrap': bootstrapChunk,
} satisfies Record<string, (input: never) => unknown>;

/** A registered task kind. */
export type TaskKind = keyof typeof TASKS;
/** What a task of kind `K` takes. */
export type TaskInput<K extends TaskKind> = Parameters<(typeof TASKS)[K]>[0];
/** What a task of kind `K` gives (awaited). */
export type TaskOutput<K extends TaskKind> = Awaited<ReturnType<(typeof TASKS)[K]>>;

/** Runs one task on the calling thread (in a worker, or inline for a pool of size 1). */
export async function runTask<K extends TaskKind>(kind: K, input: TaskInput<K>): Promise<TaskOutput<K>> {
  const handler = TASKS[kind] as ((input: TaskInput<K>) => TaskOutput<K> | Promise<TaskOutput<K>>) | undefined;
  if (handler === undefined) throw new Error(`unknown task kind "${String(kind)}" (see shared/parallel/tasks.ts)`);
  return handler(input);
}
