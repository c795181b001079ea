/**
 * The registry of task kinds a worker can run: kind → a loader of its handler (input → output or a
 * promise of it). `TaskKind`, `TaskInput` and `TaskOutput` derive from it, so `pool.run` is typed
 * end to end. To add a kind, add one entry:
 *
 *     'area.kind': () => import('../area/module.js').then((m) => m.handler),
 *
 * Handlers load on first use, so a worker only loads the modules of the kinds it runs (a CSV worker
 * never loads ONNX or the bootstrap); the CSV validation task's modules come with the worker entry
 * (see worker-entry.ts for why). A handler must be a plain function of structured-cloneable
 * data: no closures, class instances or functions cross the thread boundary.
 */

/** Every task kind and the loader of its handler. */
export const TASKS = {
  /** Parse one byte range of a CSV/TSV file into batches (shared/data/csv-ranges.ts). */
  'csv-range': () => import('../data/csv-ranges.js').then((m) => m.readCsvRange),
  /** Parse one CSV byte range and run the row-level checks on it (shared/validate/range-checks.ts). */
  'validate.csv-range': () => import('../validate/range-checks.js').then((m) => m.checkCsvRange),
  /** Decode one Parquet row group and run the row-level checks on it (shared/validate/range-checks.ts). */
  'validate.parquet-row-group': () => import('../validate/range-checks.js').then((m) => m.checkParquetGroup),
  /** Read and decode one row group of a flat Parquet file (shared/data/parquet-reader.ts). */
  'parquet-row-group': () => import('../data/parquet-reader.js').then((m) => m.readParquetRowGroup),
  /** One range of a paired bootstrap's resamples (shared/evaluate/bootstrap-task.ts). */
  'evaluate.bootstrap': () => import('../evaluate/bootstrap-task.js').then((m) => m.bootstrapChunk),
  /** One model's permutation importance on a prepared sample (shared/explain/importance-pool.ts). */
  'explain.importance': () => import('../explain/importance-pool.js').then((m) => m.importanceTask),
  /** Parse one CSV byte range and collect drift's columns there (shared/drift/collect-on-workers.ts). */
  'drift.csv-range': () => import('../drift/collect-on-workers.js').then((m) => m.collectCsvRange),
  /** Decode one Parquet row group and collect drift's columns there (shared/drift/collect-on-workers.ts). */
  'drift.parquet-row-group': () => import('../drift/collect-on-workers.js').then((m) => m.collectParquetGroup),
  /** Count a worker's share of drift's numeric columns, and forget them (shared/drift/collect-on-workers.ts). */
  'drift.collect': () => import('../drift/collect-on-workers.js').then((m) => m.collectCounts),
  /** One exact-mode drift column's tests (shared/drift/drift-task.ts). */
  'drift.column': () => import('../drift/drift-task.js').then((m) => m.testDriftColumn),
};

// Every entry must load a one-argument handler. (Checked here rather than with `satisfies` on the
// object: its contextual type would erase the handlers' output types to `unknown`.)
const _everyEntryLoadsAHandler: Record<string, () => Promise<(input: never) => unknown>> = TASKS;
void _everyEntryLoadsAHandler;

type Handler<K extends TaskKind> = Awaited<ReturnType<(typeof TASKS)[K]>>;

/** A registered task kind. */
export type TaskKind = keyof typeof TASKS;
/** What a task of kind `K` takes. */
export type TaskInput<K extends TaskKind> = Parameters<Handler<K>>[0];
/** What a task of kind `K` gives (awaited). */
export type TaskOutput<K extends TaskKind> = Awaited<ReturnType<Handler<K>>>;

/** Runs one task on the calling thread (in a worker, or inline for a pool of size 1). */
export async function runTask<K extends TaskKind>(kind: K, input: TaskInput<K>): Promise<TaskOutput<K>> {
  const load = TASKS[kind] as (() => Promise<(input: TaskInput<K>) => unknown>) | undefined;
  if (load === undefined) throw new Error(`unknown task kind "${String(kind)}" (see shared/parallel/tasks.ts)`);
  const handler = await load();
  return (await handler(input)) as TaskOutput<K>;
}
