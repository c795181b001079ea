/**
 * How many worker threads validation reads a dataset on, and whether it reads any file on them,
 * decided from the files alone (format, compression, size), in a module that loads no reader: the
 * CLI decides, and starts the threads, before it loads the validator, so the threads load their
 * entry while the calling thread loads the validator and the expectations (as drift does,
 * shared/drift/start-workers.ts). validate-files.ts follows the same rules once the files are resolved.
 */
import { literalFiles } from '../data/literal-files.js';
import { PARALLEL_MIN_BYTES, splitsOnPool } from '../data/parallel-threshold.js';
import type { SourceFile } from '../data/source-file.js';
import { openThreads, type WorkerPool } from '../parallel/thread-pool.js';

/**
 * Uncompressed CSV/TSV, or Parquet, of at least this many bytes in all get a worker per CPU by
 * default (see `defaultWorkers`): about 600,000 rows of P1's 20 columns as CSV, 1.4M as Parquet.
 */
export const LARGE_FILE_BYTES = 64 * 1024 * 1024;

/**
 * The default number of worker threads for validating `files` on a machine with `cpus` CPUs: one
 * per CPU but one, since the main thread runs `unique`, the distribution checks and the merge; and
 * one per CPU for LARGE_FILE_BYTES or more of uncompressed CSV/TSV, or of Parquet, where the
 * workers' parsing outweighs the main thread's share and the cost of starting them (each worker
 * compiles the reader for itself). Measured on 2 CPUs with P1's suite, interleaved rounds
 * (bench/README.md, P1):
 * - CSV (`cli/dist`): 600,000 rows (66 MB) took 1.11–1.15 s on 2 workers against 1.13–1.22 s on
 *   one thread, 300,000 rows (33 MB) 0.87–0.91 s against 0.83–0.84 s; 1M rows (111 MB) 1.48–1.57 s
 *   against 1.66–1.78 s; 10M rows (1.1 GB) 11.5–12.2 s against 14.7–16.0 s (3 rounds each).
 * - Parquet (DuckDB's row groups of 122,880 rows; an unminified bundle of the CLI unless said): 1M
 *   rows (47 MB) 1.355 against 1.26 s (6 rounds); 1.4M rows (66 MB) 1.79 against 1.75 s (6
 *   rounds); 2M rows (94 MB) 2.17 against 2.275 s (4 rounds); 4M rows (188 MB) 3.66 against 4.32 s
 *   with `cli/dist` (3 rounds), at 386 against 262 MB of peak RSS. A file of one row group is read
 *   on the calling thread whatever the count (the workers start only when given a task).
 */
export function defaultWorkers(cpus: number, files: readonly Pick<SourceFile, 'format' | 'gzip' | 'size'>[]): number {
  const n = Math.max(1, Math.floor(cpus));
  let text = 0;
  let parquet = 0;
  for (const file of files) {
    if (file.gzip) continue;
    if (file.format === 'csv' || file.format === 'tsv') text += file.size;
    else if (file.format === 'parquet') parquet += file.size;
  }
  return text >= LARGE_FILE_BYTES || parquet >= LARGE_FILE_BYTES ? n : Math.max(1, n - 1);
}

/**
 * Whether validation reads any of `files` on a pool of two or more threads: a CSV/TSV file the
 * readers split (`splitsOnPool`), or a Parquet file of PARALLEL_MIN_BYTES or more (whose row
 * groups, when there are several, go to the workers). Smaller files, gzip and JSON Lines are read
 * on the calling thread, and a pool started for them would only cost its start.
 */
export function readsOnWorkers(files: readonly Pick<SourceFile, 'format' | 'gzip' | 'size'>[]): boolean {
  return files.some((file) =>
    file.format === 'parquet'
      ? file.size >= PARALLEL_MIN_BYTES
      : (file.format === 'csv' || file.format === 'tsv') && splitsOnPool(file),
  );
}

/**
 * Opens and starts (`warm`) the worker threads for validating the data at `paths` now, when each path
 * names a file literally and `readsOnWorkers` says the files will be read on them: `workers` threads,
 * or `defaultWorkers(cpus, …)` when the user gave no number. Otherwise undefined, and validateFiles
 * opens its pool once it has resolved the files. The caller passes the threads to validateFiles
 * (`threads`) and closes them.
 *
 * Measured with P1's 1M-row CSV on 2 CPUs (`cli/dist` before and after, 12 interleaved rounds,
 * reports byte-identical): medians 1.155 s against 1.175 s, slowest 1.19 against 1.27 s. Sampled
 * from /proc, the workers are online about 0.13 s into the run and get the first byte range at
 * about 0.25 s, when they used to be started.
 */
export function startValidationWorkers(
  paths: readonly string[],
  cwd: string,
  workers: number | undefined,
  cpus: number,
): WorkerPool | undefined {
  const files = literalFiles(paths, cwd);
  if (files === undefined || !readsOnWorkers(files)) return undefined;
  const threads = openThreads(workers ?? defaultWorkers(cpus, files));
  threads?.warm();
  return threads;
}
