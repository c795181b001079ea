/**
 * Validation from file paths, the one entry the action and the CLI share: read the expectations
 * file and optional reference profile, open the dataset, and run the suite in one streaming pass.
 */
import { loadExpectations } from '../config/expectations.js';
import type { ReadOptions } from '../data/dataset.js';
import { openSources } from '../data/open-dataset.js';
import { resolveFiles } from '../data/resolve-files.js';
import type { SourceFile } from '../data/source-file.js';
import { openPool } from '../parallel/pool.js';
import { readUserFile } from '../read-user-file.js';
import { parseProfile } from '../profile/index.js';
import type { Profile } from '../profile/types.js';
import { validate } from './index.js';

/** What to validate, as the user named it. */
export interface ValidateFilesOptions {
  data: string | readonly string[];
  expectationsFile: string;
  referenceFile?: string;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** The clock, for freshness checks (epoch ms). */
  now: number;
  onProgress?: ReadOptions['onProgress'];
  /**
   * Worker threads for parsing large CSV/TSV and Parquet files (the user's choice: 1 is one thread).
   * Absent: `defaultWorkers(cpus, …)` for the data at hand. The report is the same for any number.
   */
  workers?: number;
  /** CPUs of the machine (the adapter asks the OS), for the default worker count. Default 1. */
  cpus?: number;
}

/**
 * Uncompressed CSV/TSV, or Parquet, of at least this many bytes in all get a worker per CPU by
 * default (see `defaultWorkers`): about 600,000 rows of P1's 20 columns as CSV, 1.4M as Parquet.
 */
export const LARGE_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Batches each CSV range parsed on a worker is cut into for validation (ReadOptions.batchesPerRange):
 * two of about 12,000 rows of P1's file, about 2 MB of columns each, instead of one of 4 MB, which
 * its 43 checks read back column by column, faster while the batch stays in the core's cache (4 MB
 * of L2 per core on the machine that measured it). P1's 1M-row CSV on 2 workers (`cli/dist`, 10
 * interleaved rounds each, reports byte-identical): 1.195 against 1.265 s and 2.05 against 2.16 s of
 * CPU, and in a second run 1.215 against 1.27 s; three batches a range 1.215 s; the 10M rows 9.36
 * against 10.14 s at 297 against 322 MB. Drift keeps one: its counting was slower in halves (P2:
 * 1.40 against 1.35 s).
 */
export const VALIDATION_BATCHES_PER_RANGE = 2;

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
 * Validates the dataset against the expectations file; see `validate` for the report's shape. The
 * worker pool lives for this call only: the returned dataset is for its file list and schema (reading
 * it again would need a pool of its own).
 */
export async function validateFiles(options: ValidateFilesOptions) {
  const suite = loadExpectations(
    await readUserFile(options.expectationsFile, options.cwd, 'expectations file'),
    options.expectationsFile,
  );
  let reference: Profile | undefined;
  if (options.referenceFile) {
    reference = parseProfile(
      await readUserFile(options.referenceFile, options.cwd, 'reference profile'),
      options.referenceFile,
    );
  }
  const globs = typeof options.data === 'string' ? [options.data] : [...options.data];
  const sources = await resolveFiles(globs, options.cwd);
  const workers = options.workers ?? defaultWorkers(options.cpus ?? 1, sources);
  // Declared types decide how columns are read, so unparseable cells surface as type violations.
  const pool = openPool(workers);
  try {
    const dataset = await openSources(sources, {
      cwd: options.cwd,
      typeHints: { ...suite.types },
      onProgress: options.onProgress,
      pool,
      batchesPerRange: VALIDATION_BATCHES_PER_RANGE,
    });
    const report = await validate(dataset, suite, { reference, now: options.now, checksOnWorkers: true });
    return { report, dataset, suite };
  } finally {
    await pool.close();
  }
}
